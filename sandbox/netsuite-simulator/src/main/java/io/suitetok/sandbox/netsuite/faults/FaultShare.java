package io.suitetok.sandbox.netsuite.faults;

import io.suitetok.model.Required;

/**
 * Produce {@code kind} on a share of the requests of {@code operation} ({@code *} for any), chosen at random
 * with {@code seed}, for as long as the share stays injected: a steady rate of failures, as a busy account
 * sees them, rather than the next few. A request that a counted {@link FaultRule} already hit in the same
 * phase is not hit again.
 *
 * @param share between 0 and 1: 0.2 fails one request in five
 */
public record FaultShare(String operation, FaultKind kind, double share, long seed) {

    public FaultShare {
        Required.present("operation", operation, "kind", kind);
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be within [0, 1], not " + share);
        }
        if (kind == FaultKind.SLOW || kind == FaultKind.HANG_AFTER_COMMIT) {
            throw new IllegalArgumentException(kind + " needs a delay; inject it as a FaultRule");
        }
    }

    boolean matches(String candidate) {
        return operation.equals("*") || operation.equals(candidate);
    }
}
