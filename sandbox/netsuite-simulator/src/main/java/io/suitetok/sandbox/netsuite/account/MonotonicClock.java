package io.suitetok.sandbox.netsuite.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The account's clock: every reading is at least a millisecond after the previous one, so that
 * last-modified and last-quantity-change watermarks order events strictly, the way a caller using
 * {@code getServerTime} as its watermark expects.
 */
public final class MonotonicClock {

    private final Clock clock;
    private long lastMillis;

    public MonotonicClock(Clock clock) {
        this.clock = clock;
    }

    public synchronized OffsetDateTime now() {
        long millis = Math.max(clock.millis(), lastMillis + 1);
        lastMillis = millis;
        return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
    }
}
