package io.suitetok.netsuite.gateway.soap;

import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.gateway.WriteOutcome;

/**
 * A draft the adapter cannot turn into a record (an item the source transaction does not have). It
 * becomes that draft's {@link WriteOutcome.Rejected}; it never leaves the gateway.
 */
final class DraftRefused extends RuntimeException {

    private final String code;
    private final FaultClass faultClass;

    /** A refusal that sending the same draft again cannot change. */
    DraftRefused(String code, String message) {
        this(code, message, FaultClass.DO_NOT_RETRY);
    }

    DraftRefused(String code, String message, FaultClass faultClass) {
        super(message, null, false, false);
        this.code = code;
        this.faultClass = faultClass;
    }

    WriteOutcome.Rejected outcome(String externalId) {
        return new WriteOutcome.Rejected(externalId, code, getMessage(), faultClass);
    }
}
