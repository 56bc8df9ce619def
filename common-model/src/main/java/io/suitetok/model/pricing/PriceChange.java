package io.suitetok.model.pricing;

import io.suitetok.model.Required;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.money.Money;
import java.time.Instant;

/**
 * A price for one SKU in one shop, effective from an instant. Effective-dated prices let TikTok
 * switch at the same instant as NetSuite finance does.
 */
public record PriceChange(
        ShopId shopId,
        SellerSku sellerSku,
        Money price,
        String priceLevel,
        Instant effectiveFrom) {

    public PriceChange {
        Required.present("shopId", shopId, "sellerSku", sellerSku, "price", price, "effectiveFrom", effectiveFrom);
        if (price.isNegative()) {
            throw new IllegalArgumentException("price cannot be negative: " + price);
        }
    }
}
