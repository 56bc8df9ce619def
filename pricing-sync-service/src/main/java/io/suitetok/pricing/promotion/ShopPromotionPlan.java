package io.suitetok.pricing.promotion;

import java.util.List;

/** What one NetSuite promotion should be in one shop, decided before any TikTok call. */
public sealed interface ShopPromotionPlan {

    /** None of the promotion's items is listed (and live) in the shop: nothing to show there. */
    record NotInShop() implements ShopPromotionPlan {
    }

    /** The hub will not send it; {@code reason} says what to change. */
    record Refused(String reason, String fingerprint) implements ShopPromotionPlan {
    }

    /**
     * An activity with these SKU prices.
     *
     * @param window null when a new activity could not fit TikTok's shortest period any more (an existing
     *               one keeps running to its end)
     */
    record Planned(List<PlannedSku> skus, ActivityWindow window, String fingerprint) implements ShopPromotionPlan {

        public Planned {
            skus = List.copyOf(skus);
        }
    }
}
