package io.suitetok.tiktok.model.promotion;

import java.time.Instant;

/** One activity as Search Activities lists it. */
public record ActivitySummary(String id, String title, ActivityType type, ActivityStatus status, Instant begin,
        Instant end) {
}
