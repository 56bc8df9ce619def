package io.suitetok.pricing.boundary;

import java.util.Optional;

/**
 * TikTok's own rules, checked before any call so a refused price is parked with a reason a person can
 * act on instead of an error code: the shop's currency and the region's price range. (A SKU inside an
 * ongoing promotion is not refused: its change waits for the promotion's end, see PricePusher.)
 */
public final class TikTokPriceChecks {

    private TikTokPriceChecks() {
    }

    /** Why TikTok would refuse the price, or empty when it may be sent. */
    public static Optional<String> refusal(BoundaryPrice price, ShopPriceRules shop) {
        if (!price.currency().equals(shop.currency())) {
            return Optional.of("the price is in " + price.currency() + " but the shop sells in " + shop.currency());
        }
        if (shop.minPrice() != null && price.amount().compareTo(shop.minPrice()) < 0) {
            return Optional.of("TikTok's lowest price in this region is " + shop.minPrice().toPlainString() + " "
                    + shop.currency() + "; the rule gives " + price.wireAmount());
        }
        if (shop.maxPrice() != null && price.amount().compareTo(shop.maxPrice()) > 0) {
            return Optional.of("TikTok's highest price in this region is " + shop.maxPrice().toPlainString() + " "
                    + shop.currency() + "; the rule gives " + price.wireAmount());
        }
        return Optional.empty();
    }
}
