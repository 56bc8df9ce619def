package io.suitetok.tiktok.model.promotion;

import io.suitetok.tiktok.model.product.Price;
import java.math.BigDecimal;

/**
 * One SKU's terms in an activity: an activity price (FIXED_PRICE, FLASHSALE) or a percentage off
 * (DIRECT_DISCOUNT: 10 means 10 % off), never both. {@code quantityLimit} is the activity stock and
 * {@code quantityPerUser} the purchase limit per buyer; {@link #UNLIMITED} lifts either.
 *
 * @param skuId TikTok's SKU id; null in the single entry of a PRODUCT-level activity's product, whose
 *              terms then apply to every SKU of the product
 */
public record ActivitySku(String skuId, Price activityPrice, BigDecimal discountPercent, int quantityLimit,
        int quantityPerUser) {

    public static final int UNLIMITED = -1;

    public ActivitySku {
        if ((activityPrice == null) == (discountPercent == null)) {
            throw new IllegalArgumentException("an activity SKU has either an activity price or a discount percent");
        }
    }

    /** A FIXED_PRICE or FLASHSALE SKU with no stock or per-buyer limit. */
    public static ActivitySku atPrice(String skuId, Price activityPrice) {
        return new ActivitySku(skuId, activityPrice, null, UNLIMITED, UNLIMITED);
    }

    /** A DIRECT_DISCOUNT SKU with no stock or per-buyer limit. */
    public static ActivitySku percentOff(String skuId, BigDecimal discountPercent) {
        return new ActivitySku(skuId, null, discountPercent, UNLIMITED, UNLIMITED);
    }
}
