package io.suitetok.model.order;

import io.suitetok.model.Required;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.TikTokProductId;
import io.suitetok.model.id.TikTokSkuId;
import io.suitetok.model.money.Money;

/**
 * One TikTok {@code line_items[]} element. TikTok has no quantity field: three units of a SKU
 * arrive as three unit lines, each with its own id that cancellations and returns refer to.
 * Discounts and tax are per unit.
 */
public record UnitLine(
        String lineItemId,
        TikTokSkuId skuId,
        TikTokProductId productId,
        SellerSku sellerSku,
        String productName,
        Money originalPrice,
        Money sellerDiscount,
        Money platformDiscount,
        Money tax,
        boolean gift,
        boolean preOrder,
        boolean cancelled) {

    public UnitLine {
        Required.present("lineItemId", lineItemId, "skuId", skuId, "originalPrice", originalPrice,
                "sellerDiscount", sellerDiscount, "platformDiscount", platformDiscount, "tax", tax);
    }

    /** What the buyer was charged for this unit before tax: list price less both discounts. */
    public Money salePrice() {
        return originalPrice.minus(sellerDiscount).minus(platformDiscount);
    }
}
