package io.suitetok.tiktok.model.promotion;

import java.time.Instant;
import java.util.Objects;

/**
 * What Create Activity needs. TikTok wants the title unique in the shop and at most 50 characters,
 * {@code begin} later than its own now, {@code end} at least 10 minutes after {@code begin} and the
 * whole period under 365 days; the client leaves those checks to TikTok (the hub's pricing rules
 * decide the times), it only refuses what cannot be sent at all.
 */
public record NewActivity(String title, ActivityType type, Instant begin, Instant end, ProductLevel productLevel) {

    public NewActivity {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(productLevel, "productLevel");
        if (type == ActivityType.OTHER) {
            throw new IllegalArgumentException("the client creates FIXED_PRICE, DIRECT_DISCOUNT or FLASHSALE activities");
        }
    }
}
