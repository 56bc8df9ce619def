package io.suitetok.sandbox.tiktok.promotions;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One SKU's terms in an activity from {@code since} (shop clock) on: an activity price or a percentage
 * off, the activity stock and the per-buyer limit (-1 = unlimited). A later update of the same SKU
 * adds a newer version instead of overwriting, so the price history can say when each took effect.
 */
public record SkuTerms(String productId, String skuId, BigDecimal activityPrice, BigDecimal discountPercent,
        int quantityLimit, int quantityPerUser, Instant since) {
}
