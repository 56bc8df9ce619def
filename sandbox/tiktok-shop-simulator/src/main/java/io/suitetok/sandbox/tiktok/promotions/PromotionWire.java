package io.suitetok.sandbox.tiktok.promotions;

import java.util.List;

/**
 * The request bodies of TikTok's promotion endpoints, written from lywzx's generated docs
 * (CreateActivity, UpdateActivityProduct, SearchActivities): snake_case on the wire, amounts and
 * discounts as decimal strings, times as unix seconds.
 */
final class PromotionWire {

    private PromotionWire() {
    }

    record CreateBody(String title, String activityType, Long beginTime, Long endTime, String productLevel) {
    }

    /** {@code activity_id} is repeated in the body by TikTok's docs; the path's id is the one used. */
    record ProductsBody(String activityId, List<ProductEntry> products) {
    }

    /** A product; its own price, discount and limits are the terms of a PRODUCT-level activity. */
    record ProductEntry(String id, String activityPriceAmount, String discount, Integer quantityLimit,
            Integer quantityPerUser, List<SkuEntry> skus) {
    }

    record SkuEntry(String id, String activityPriceAmount, String discount, Integer quantityLimit,
            Integer quantityPerUser) {
    }

    record SearchBody(String status, String activityTitle, Integer pageSize, String pageToken) {
    }
}
