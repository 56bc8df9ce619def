package io.suitetok.catalog.mapping;

import io.suitetok.model.catalog.CatalogItem;
import io.suitetok.model.id.SellerSku;
import io.suitetok.tiktok.model.product.ProductRequest;
import java.util.List;

/**
 * An item mapped for one shop, before images are uploaded: the product request without image uris,
 * the image sources still to fetch, and what could not be mapped (an unmapped category, say) for the
 * rules to report.
 */
public record ListingDraft(
        CatalogItem item,
        String shopId,
        ProductRequest product,
        List<CatalogItem.ImageSource> images,
        List<SellerSku> activeSkus,
        List<SellerSku> inactiveSkus,
        List<String> mappingProblems) {

    public boolean fullyInactive() {
        return activeSkus.isEmpty();
    }
}
