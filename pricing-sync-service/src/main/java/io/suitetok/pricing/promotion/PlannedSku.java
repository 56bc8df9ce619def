package io.suitetok.pricing.promotion;

import java.math.BigDecimal;
import java.util.List;

/** One TikTok SKU of a planned activity with its shop price and its activity price. */
public record PlannedSku(String sellerSku, String productId, String skuId, String currency, BigDecimal shopPrice,
        BigDecimal activityPrice, List<String> steps) {

    public PlannedSku {
        steps = List.copyOf(steps);
    }
}
