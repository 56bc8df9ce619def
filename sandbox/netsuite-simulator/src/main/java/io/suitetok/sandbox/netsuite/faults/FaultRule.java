package io.suitetok.sandbox.netsuite.faults;

import io.suitetok.model.Required;

/**
 * Produce {@code kind} on the next {@code times} requests of {@code operation} ({@code *} for any).
 * {@code delayMillis} is the wait of SLOW and HANG_AFTER_COMMIT.
 */
public record FaultRule(String operation, FaultKind kind, int times, long delayMillis) {

    public FaultRule {
        Required.present("operation", operation, "kind", kind);
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
    }

    public static FaultRule once(String operation, FaultKind kind) {
        return new FaultRule(operation, kind, 1, 0);
    }

    boolean matches(String candidate) {
        return operation.equals("*") || operation.equals(candidate);
    }
}
