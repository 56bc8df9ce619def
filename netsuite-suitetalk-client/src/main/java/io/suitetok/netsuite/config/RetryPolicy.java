package io.suitetok.netsuite.config;

import io.suitetok.model.Required;
import java.time.Duration;

/**
 * How often one SuiteTalk call is tried and how long to wait in between. The wait grows
 * exponentially from {@code initialBackoff} to {@code maxBackoff} and is jittered, so that callers
 * throttled together do not come back together (Oracle's advice for concurrency faults).
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        Required.present("initialBackoff", initialBackoff, "maxBackoff", maxBackoff);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be 0 <= initialBackoff <= maxBackoff");
        }
    }

    /** Eight attempts over roughly half a minute, like the Ruby gem's backoff that many integrations copy. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(8, Duration.ofMillis(500), Duration.ofSeconds(8));
    }
}
