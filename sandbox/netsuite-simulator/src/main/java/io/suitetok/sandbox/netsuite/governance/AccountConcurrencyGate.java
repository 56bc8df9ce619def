package io.suitetok.sandbox.netsuite.governance;

/**
 * The account's concurrency limit, shared by every integration of the account. A request that
 * arrives when the limit is taken is refused at once (NetSuite answers WS_REQUEST_BLOCKED, it does
 * not queue). Slots held by simulated other integrations count against the same limit.
 */
public final class AccountConcurrencyGate {

    private int limit;
    private int inFlight;
    private int otherInFlight;
    private int peakInFlight;
    private int peakSoapInFlight;
    private long admitted;
    private long blocked;

    public AccountConcurrencyGate(int limit) {
        setLimit(limit);
    }

    /** A SOAP request arrives; false when the account is at its limit. */
    public synchronized boolean tryEnter() {
        if (inFlight >= limit) {
            blocked++;
            return false;
        }
        inFlight++;
        admitted++;
        peakInFlight = Math.max(peakInFlight, inFlight);
        peakSoapInFlight = Math.max(peakSoapInFlight, inFlight - otherInFlight);
        return true;
    }

    public synchronized void exit() {
        inFlight--;
    }

    /** Another integration of the account takes a slot, if one is free. */
    synchronized boolean tryEnterOther() {
        if (inFlight >= limit) {
            return false;
        }
        inFlight++;
        otherInFlight++;
        peakInFlight = Math.max(peakInFlight, inFlight);
        return true;
    }

    synchronized void exitOther() {
        inFlight--;
        otherInFlight--;
    }

    public synchronized void setLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the account concurrency limit is at least 1");
        }
        this.limit = limit;
    }

    public synchronized GovernanceStats stats() {
        return new GovernanceStats(limit, inFlight, otherInFlight, peakInFlight, peakSoapInFlight, admitted, blocked);
    }

    public synchronized void resetStats() {
        peakInFlight = inFlight;
        peakSoapInFlight = inFlight - otherInFlight;
        admitted = 0;
        blocked = 0;
    }
}
