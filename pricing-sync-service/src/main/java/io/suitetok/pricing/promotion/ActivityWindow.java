package io.suitetok.pricing.promotion;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When a TikTok activity runs for a NetSuite promotion. TikTok wants the begin later than its own now,
 * the end at least 10 minutes after the begin, and the period under 365 days (reference, "Promotions";
 * the simulator enforces the same). So the begin is NetSuite's start while that is at least
 * {@link #START_MARGIN} away (the create call reaches TikTok well before it), else now plus a lead (which
 * covers the clock difference between the hub and TikTok and a call that waits its turn); the end is
 * NetSuite's end, and an open-ended promotion (or one longer than TikTok allows) gets the longest
 * period TikTok takes, 365 days less one second, after which the next reconcile starts a new activity.
 * Times travel as unix seconds, so both are whole seconds.
 */
public record ActivityWindow(Instant begin, Instant end) {

    public static final Duration LEAD = Duration.ofMinutes(1);
    public static final Duration START_MARGIN = Duration.ofSeconds(10);
    public static final Duration MIN_PERIOD = Duration.ofMinutes(10);
    public static final Duration MAX_PERIOD = Duration.ofDays(365).minusSeconds(1);

    /** The window for a promotion running from {@code start} to {@code end} (either null), or null when none fits. */
    public static ActivityWindow of(Instant start, Instant end, Instant now) {
        boolean startUsable = start != null && !start.isBefore(now.plus(START_MARGIN));
        Instant begin = (startUsable ? start : now.plus(LEAD)).truncatedTo(ChronoUnit.SECONDS);
        Instant longest = begin.plus(MAX_PERIOD);
        Instant until = end == null || end.isAfter(longest) ? longest : end.truncatedTo(ChronoUnit.SECONDS);
        if (Duration.between(begin, until).compareTo(MIN_PERIOD) < 0) {
            return null;
        }
        return new ActivityWindow(begin, until);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(begin) && instant.isBefore(end);
    }
}
