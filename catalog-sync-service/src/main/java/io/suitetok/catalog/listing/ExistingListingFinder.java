package io.suitetok.catalog.listing;

import io.suitetok.catalog.mapping.ListingDraft;
import io.suitetok.tiktok.api.ProductApi;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.product.ProductDetail;
import io.suitetok.tiktok.model.product.ProductPage;
import io.suitetok.tiktok.model.product.ProductSearchFilter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a product already on TikTok for an item, by seller SKU, before the hub creates one. This links
 * listings made by hand in Seller Center, and recovers a product the hub created just before a crash
 * (whose create never reached the database), so neither is listed twice.
 */
public class ExistingListingFinder {

    private final ProductApi products;

    public ExistingListingFinder(ProductApi products) {
        this.products = products;
    }

    public Found find(ShopContext shop, ListingDraft draft) {
        List<String> sellerSkus = draft.skus().stream().map(sku -> sku.sellerSku().value()).toList();
        ProductPage page = products.search(shop, new ProductSearchFilter(null, sellerSkus, null, null), 100, null);
        Map<String, Set<String>> productsBySku = new HashMap<>();
        Map<String, String> skuIds = new HashMap<>();
        String status = null;
        Set<String> productIds = new LinkedHashSet<>();
        for (ProductPage.ProductSummary product : page.products() == null ? List.<ProductPage.ProductSummary>of()
                : page.products()) {
            if ("DELETED".equals(product.status())) {
                continue;
            }
            for (ProductDetail.SkuDetail sku : product.skus() == null ? List.<ProductDetail.SkuDetail>of() : product.skus()) {
                if (sellerSkus.contains(sku.sellerSku())) {
                    productsBySku.computeIfAbsent(sku.sellerSku(), s -> new LinkedHashSet<>()).add(product.id());
                    skuIds.put(sku.sellerSku(), sku.id());
                    productIds.add(product.id());
                    status = product.status();
                }
            }
        }
        for (Map.Entry<String, Set<String>> entry : productsBySku.entrySet()) {
            if (entry.getValue().size() > 1) {
                return Found.conflict("seller SKU " + entry.getKey() + " is on " + entry.getValue().size()
                        + " TikTok products (" + String.join(", ", entry.getValue())
                        + "); keep one in Seller Center and deactivate the others");
            }
        }
        if (productIds.size() > 1) {
            return Found.conflict("the variants of " + draft.item().sellerSku() + " are split over TikTok products "
                    + String.join(", ", productIds) + "; TikTok needs them in one product");
        }
        if (productIds.isEmpty()) {
            return Found.none();
        }
        return new Found(productIds.iterator().next(), status, skuIds, null);
    }

    /** The product found (with its SKU ids by seller SKU), nothing, or why linking is unsafe. */
    public record Found(String productId, String tiktokStatus, Map<String, String> skuIds, String conflict) {

        static Found none() {
            return new Found(null, null, Map.of(), null);
        }

        static Found conflict(String reason) {
            return new Found(null, null, Map.of(), reason);
        }

        public boolean exists() {
            return productId != null;
        }
    }
}
