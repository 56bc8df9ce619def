package io.suitetok.runtime.catalog;

import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.model.catalog.SkuMapping;

/**
 * One seller SKU of one shop as this service's replica of the catalogue holds it: its NetSuite item
 * and, once TikTok has them, its TikTok product and SKU ids.
 *
 * @param listingStatus null only for rows a service copied from an older table of its own that did not
 *                      keep it (order-sync's {@code sku_item}); the next event for the SKU fills it in
 */
public record MappedSku(String shopId, String sellerSku, String itemId, String tiktokProductId, String tiktokSkuId,
        ListingStatus listingStatus) {

    static MappedSku of(SkuMapping mapping) {
        return new MappedSku(mapping.shopId().value(), mapping.sellerSku().value(), mapping.netsuiteItemId().value(),
                mapping.tiktokProductId() == null ? null : mapping.tiktokProductId().value(),
                mapping.tiktokSkuId() == null ? null : mapping.tiktokSkuId().value(), mapping.listingStatus());
    }

    /** Only SKUs of live products take stock or price updates, and only once TikTok's ids are known. */
    public boolean pushable() {
        return listingStatus == ListingStatus.LIVE && tiktokProductId != null && tiktokSkuId != null;
    }

    /** Whether this SKU is another TikTok listing than {@code other}: what one accepted says nothing of the other. */
    public boolean listedElsewhereThan(MappedSku other) {
        return !(java.util.Objects.equals(tiktokProductId, other.tiktokProductId)
                && java.util.Objects.equals(tiktokSkuId, other.tiktokSkuId));
    }
}
