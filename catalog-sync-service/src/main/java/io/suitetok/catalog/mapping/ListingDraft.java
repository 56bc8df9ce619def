package io.suitetok.catalog.mapping;

import io.suitetok.model.catalog.CatalogItem;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.tiktok.model.product.ProductRequest;
import io.suitetok.tiktok.model.product.ProductRequest.SkuRequest;
import java.util.List;

/**
 * An item mapped for one shop, before images are uploaded: the product as it would be created (active
 * SKUs with their initial price and zero stock), every variant with its own SKU request, the image
 * sources still to fetch, and what could not be mapped (an unmapped category, say) for the rules to
 * report.
 */
public record ListingDraft(
        CatalogItem item,
        String shopId,
        ProductRequest product,
        List<DraftSku> skus,
        List<CatalogItem.ImageSource> images,
        List<String> mappingProblems) {

    public boolean fullyInactive() {
        return skus.stream().noneMatch(DraftSku::active);
    }

    public List<SellerSku> activeSkus() {
        return skus.stream().filter(DraftSku::active).map(DraftSku::sellerSku).toList();
    }

    public List<SellerSku> inactiveSkus() {
        return skus.stream().filter(sku -> !sku.active()).map(DraftSku::sellerSku).toList();
    }

    /** One variant: whether it is sellable, and how TikTok would receive it on create. */
    public record DraftSku(SellerSku sellerSku, NetSuiteInternalId variantId, boolean active, SkuRequest request) {
    }
}
