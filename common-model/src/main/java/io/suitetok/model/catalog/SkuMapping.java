package io.suitetok.model.catalog;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokProductId;
import io.suitetok.model.id.TikTokSkuId;

/**
 * Which NetSuite item is which TikTok product and SKU in one shop. Published compacted on
 * {@code catalog.sku-mappings.v1}, keyed by seller SKU; every other flow reads it into its own
 * table.
 */
public record SkuMapping(
        ShopId shopId,
        SellerSku sellerSku,
        NetSuiteInternalId netsuiteItemId,
        TikTokProductId tiktokProductId,
        TikTokSkuId tiktokSkuId,
        ListingStatus listingStatus) {

    public SkuMapping {
        Required.present("shopId", shopId, "sellerSku", sellerSku, "netsuiteItemId", netsuiteItemId,
                "listingStatus", listingStatus);
    }
}
