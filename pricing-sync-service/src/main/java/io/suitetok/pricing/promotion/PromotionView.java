package io.suitetok.pricing.promotion;

import java.time.Instant;
import java.util.List;

/**
 * A promotion in one shop as ops see it: its state and reason, the TikTok activity and its window, and
 * each SKU's shop and activity price with the steps that made the activity price. Amounts are decimal
 * strings, as the other pricing views write money.
 */
public record PromotionView(String promotionId, String code, String name, String shopId, PromotionState state,
        String reason, String activityId, String title, Instant begin, Instant end, List<Sku> skus) {

    public PromotionView {
        skus = List.copyOf(skus);
    }

    public record Sku(String sellerSku, String skuId, String currency, String shopPrice, String activityPrice,
            List<String> why) {
    }
}
