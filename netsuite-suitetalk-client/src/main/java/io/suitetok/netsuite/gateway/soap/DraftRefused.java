package io.suitetok.netsuite.gateway.soap;

import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.gateway.WriteOutcome;

/**
 * A draft the adapter cannot turn into a record (an item the source transaction does not have). It
 * becomes that draft's {@link WriteOutcome.Rejected}; it never leaves the gateway.
 */
final class DraftRefused extends RuntimeException {

    private final String code;

    DraftRefused(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    WriteOutcome.Rejected outcome(String externalId) {
        return new WriteOutcome.Rejected(externalId, code, getMessage(), FaultClass.DO_NOT_RETRY);
    }
}
