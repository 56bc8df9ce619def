package io.suitetok.runtime.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** A count read at most once per period; NaN while its source (the database) cannot answer. */
final class CachedCount {

    private final Supplier<Long> source;
    private final Duration period;
    private final Clock clock;
    private double value = Double.NaN;
    private Instant readAt = Instant.MIN;

    CachedCount(Supplier<Long> source, Duration period, Clock clock) {
        this.source = source;
        this.period = period;
        this.clock = clock;
    }

    synchronized double value() {
        Instant now = clock.instant();
        if (readAt.plus(period).isAfter(now)) {
            return value;
        }
        try {
            Long read = source.get();
            value = read == null ? 0 : read;
        } catch (RuntimeException e) {
            value = Double.NaN; // the database is away; the gauge must not break the scrape
        }
        readAt = now;
        return value;
    }
}
