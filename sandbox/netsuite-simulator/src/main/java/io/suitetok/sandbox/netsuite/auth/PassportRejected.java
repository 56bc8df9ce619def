package io.suitetok.sandbox.netsuite.auth;

/** A token passport the account refuses; {@code reason} goes to the login audit trail only. */
public class PassportRejected extends RuntimeException {

    private final boolean missing;

    PassportRejected(String reason, boolean missing) {
        super(reason);
        this.missing = missing;
    }

    /** No passport at all, rather than a bad one. */
    public boolean missing() {
        return missing;
    }
}
