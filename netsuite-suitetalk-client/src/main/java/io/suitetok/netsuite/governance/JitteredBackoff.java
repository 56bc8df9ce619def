package io.suitetok.netsuite.governance;

import io.suitetok.netsuite.config.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with "equal jitter": half of the exponential step is always waited, the other
 * half is random. Callers throttled at the same moment spread out instead of retrying in lockstep.
 */
public final class JitteredBackoff {

    private final RetryPolicy policy;

    public JitteredBackoff(RetryPolicy policy) {
        this.policy = policy;
    }

    /** The wait before attempt {@code failedAttempts + 1}. */
    public Duration delayAfter(int failedAttempts) {
        long initial = policy.initialBackoff().toMillis();
        long max = policy.maxBackoff().toMillis();
        long step = initial;
        for (int i = 1; i < failedAttempts && step < max; i++) {
            step *= 2;
        }
        step = Math.min(step, max);
        long half = step / 2;
        long jitter = half == 0 ? 0 : ThreadLocalRandom.current().nextLong(half + 1);
        return Duration.ofMillis(step - half + jitter);
    }
}
