package io.suitetok.model.pricing;

import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.money.Money;
import java.time.Instant;
import java.util.Objects;

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
        Objects.requireNonNull(shopId, "shopId is required");
        Objects.requireNonNull(sellerSku, "sellerSku is required");
        Objects.requireNonNull(price, "price is required");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom is required");
        if (price.isNegative()) {
            throw new IllegalArgumentException("price cannot be negative: " + price);
        }
    }
}
