package io.suitetok.sandbox.netsuite.account;

/**
 * A record NetSuite would refuse: the code and message that go into {@code statusDetail} of an
 * {@code isSuccess="false"} write response. Nothing of the record is stored.
 */
public class RecordError extends RuntimeException {

    private final String code;

    public RecordError(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static RecordError invalidReference(String field, String key) {
        return new RecordError("INVALID_KEY_OR_REF", "Invalid " + field + " reference key " + key + ".");
    }

    public static RecordError missingValue(String label) {
        return new RecordError("USER_ERROR", "Please enter value(s) for: " + label);
    }

    public static RecordError notFound() {
        return new RecordError("RCRD_DSNT_EXIST", "That record does not exist.");
    }
}
