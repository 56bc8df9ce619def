package io.suitetok.sandbox.netsuite.governance;

/**
 * What the gate has seen: the limit, requests in flight now (of which held by simulated other
 * integrations), the most in flight at once overall and of SOAP requests alone, and how many SOAP
 * requests were admitted and refused with WS_REQUEST_BLOCKED.
 */
public record GovernanceStats(int accountLimit, int inFlight, int otherIntegrationsInFlight, int peakInFlight,
                              int peakSoapInFlight, long admitted, long blocked) {
}
