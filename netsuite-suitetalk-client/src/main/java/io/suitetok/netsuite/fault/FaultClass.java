package io.suitetok.netsuite.fault;

/** What to do about a SuiteTalk fault or a failed record. */
public enum FaultClass {

    /** The account's concurrency limit was hit: wait with jittered backoff, hold fewer requests, retry. */
    THROTTLED,

    /** A transient server or network failure: wait with jittered backoff and retry. */
    RETRY,

    /** Someone changed the record meanwhile ({@code RCRD_HAS_BEEN_CHANGED}): read it again, then retry. */
    REREAD_THEN_RETRY,

    /**
     * NetSuite refused the caller, not the record: bad credentials or token signature, a login or
     * session problem, a role without the permission. No record is at fault, so nothing is parked;
     * retrying at once only adds failed logins to the audit trail, so the call fails, is counted and
     * logged as an error for someone to fix the integration, and the records wait for a later run.
     */
    AUTHENTICATION,

    /**
     * NetSuite answered, but the answer could not be read (not XML, not the expected SOAP shape, a
     * type the client does not know). The answer was not lost, so this is no lost write to look up,
     * and sending the same request again would most likely get the same answer: the call fails and the
     * records wait until the client is fixed.
     */
    UNREADABLE_RESPONSE,

    /** Bad data, a bad reference, a duplicate: retrying the same record cannot help. */
    DO_NOT_RETRY;

    /** Sending the same record again, later, can succeed: the record waits instead of being parked. */
    public boolean retryable() {
        return this != DO_NOT_RETRY;
    }

    /** Worth retrying within the same call, after a backoff. */
    public boolean retryNow() {
        return this == THROTTLED || this == RETRY || this == REREAD_THEN_RETRY;
    }
}
