package io.suitetok.sandbox.netsuite.auth;

/** A client assertion NetSuite would refuse; the reason goes to the login audit trail, not the answer. */
public final class AssertionRejected extends Exception {

    public AssertionRejected(String reason) {
        super(reason, null, false, false);
    }
}
