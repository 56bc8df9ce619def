package io.suitetok.netsuite.gateway;

/**
 * One {@code statusDetail} of a failed record as NetSuite sent it: its type ({@code ERROR},
 * {@code WARN}), code and message. A record can fail for several reasons at once (a bad item and a
 * closed period); each is kept so that whoever fixes the data sees all of them.
 */
public record NetSuiteError(String type, String code, String message) {

    public NetSuiteError {
        type = type == null ? "ERROR" : type;
        code = code == null ? "UNKNOWN" : code;
        message = message == null ? "" : message;
    }
}
