package io.suitetok.netsuite.gateway;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.fault.FaultClass;
import java.util.List;
import java.util.Optional;

/**
 * What happened to one record of a write, in the order the records were given. A list write never
 * fails as a whole because of one record: each record is either {@link Written} or {@link Rejected}
 * with NetSuite's code and message.
 */
public sealed interface WriteOutcome permits WriteOutcome.Written, WriteOutcome.Rejected {

    /** The external id the record was written with, when it had one. */
    Optional<String> externalId();

    default boolean written() {
        return this instanceof Written;
    }

    /**
     * Stored in NetSuite.
     *
     * @param tranIdValue the transaction number (the SO number) where the caller asked for it, else {@code null}
     */
    record Written(String externalIdValue, NetSuiteInternalId internalId, String tranIdValue) implements WriteOutcome {

        public Written {
            Required.present("internalId", internalId);
        }

        @Override
        public Optional<String> externalId() {
            return Optional.ofNullable(externalIdValue);
        }

        public Optional<String> tranId() {
            return Optional.ofNullable(tranIdValue);
        }

        public Written withTranId(String tranId) {
            return new Written(externalIdValue, internalId, tranId);
        }
    }

    /**
     * Not stored (or, for {@code HUB_OUTCOME_UNKNOWN}, not known to be stored). {@link #retryable()}
     * says whether sending the same record again later can succeed; a data error will not.
     */
    record Rejected(String externalIdValue, String code, String message, FaultClass faultClass,
                    List<NetSuiteError> errors) implements WriteOutcome {

        public Rejected {
            Required.present("code", code, "faultClass", faultClass);
            message = message == null ? "" : message;
            errors = errors == null || errors.isEmpty() ? List.of(new NetSuiteError("ERROR", code, message))
                    : List.copyOf(errors);
        }

        /** A rejection with one reason (a fault of the whole call, or a hub-side code). */
        public Rejected(String externalIdValue, String code, String message, FaultClass faultClass) {
            this(externalIdValue, code, message, faultClass, List.of());
        }

        @Override
        public Optional<String> externalId() {
            return Optional.ofNullable(externalIdValue);
        }

        public boolean retryable() {
            return faultClass.retryable();
        }
    }
}
