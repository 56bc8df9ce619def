package io.suitetok.netsuite.fault;

import io.suitetok.model.Required;

/**
 * One classified failure: NetSuite's code and message (or, for a transport failure, a hub code such
 * as {@code HUB_HTTP_503}), what to do about it, and whether the server may have committed the write
 * anyway (a timeout, a dropped connection, a 5xx), which means it must be resolved by looking the
 * record up rather than by sending an add again.
 */
public record SuiteTalkFault(String code, String message, FaultClass faultClass, boolean outcomeUnknown) {

    /** No response arrived and the record could not be looked up either. */
    public static final String OUTCOME_UNKNOWN = "HUB_OUTCOME_UNKNOWN";
    /** No concurrency permit came free within the configured wait. */
    public static final String PERMIT_TIMEOUT = "HUB_PERMIT_TIMEOUT";
    /** NetSuite answered a list call with fewer write responses than records sent. */
    public static final String MISSING_RESPONSE = "HUB_MISSING_RESPONSE";

    public SuiteTalkFault {
        Required.present("code", code, "faultClass", faultClass);
        message = message == null ? "" : message;
    }

    public boolean retryable() {
        return faultClass.retryable();
    }

    public boolean throttled() {
        return faultClass == FaultClass.THROTTLED;
    }
}
