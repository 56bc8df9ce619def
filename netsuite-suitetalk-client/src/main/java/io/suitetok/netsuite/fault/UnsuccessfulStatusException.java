package io.suitetok.netsuite.fault;

/**
 * A whole-call answer (search, getItemAvailability, getDeleted, getServerTime, initialize) that came
 * back as HTTP 200 with {@code status isSuccess="false"}. Raised inside the call so that it is
 * classified and retried like a fault.
 */
public class UnsuccessfulStatusException extends Exception {

    private final String code;
    private final String detail;

    public UnsuccessfulStatusException(String code, String detail) {
        super(code + " " + detail);
        this.code = code == null ? "UNKNOWN" : code;
        this.detail = detail == null ? "" : detail;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}
