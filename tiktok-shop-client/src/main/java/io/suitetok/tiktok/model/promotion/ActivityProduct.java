package io.suitetok.tiktok.model.promotion;

import java.util.List;
import java.util.Objects;

/**
 * A product in an activity. In a VARIATION-level activity each SKU carries its own terms; in a
 * PRODUCT-level one TikTok takes the terms on the product and wants no SKUs, so the product holds one
 * {@link ActivitySku} with a null SKU id ({@link #wholeProduct}).
 */
public record ActivityProduct(String productId, List<ActivitySku> skus) {

    public ActivityProduct {
        Objects.requireNonNull(productId, "productId");
        skus = List.copyOf(skus);
        if (skus.isEmpty()) {
            throw new IllegalArgumentException("an activity product needs its terms (at least one ActivitySku)");
        }
    }

    /** A product of a PRODUCT-level activity: the same terms for every SKU of it. */
    public static ActivityProduct wholeProduct(String productId, ActivitySku terms) {
        if (terms.skuId() != null) {
            throw new IllegalArgumentException("product-level terms name no SKU");
        }
        return new ActivityProduct(productId, List.of(terms));
    }

    /** Whether this product's terms are product-level (one entry without a SKU id). */
    public boolean productLevelTerms() {
        return skus.size() == 1 && skus.get(0).skuId() == null;
    }
}
