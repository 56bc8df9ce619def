package io.suitetok.model.inventory;

import io.suitetok.model.Required;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokWarehouseId;
import java.time.Instant;

/**
 * The sellable quantity of one SKU in one TikTok warehouse, as last computed from NetSuite.
 * {@code asOf} orders levels: a level older than the last one pushed is dropped, never pushed
 * over a newer one.
 */
public record InventoryLevel(
        ShopId shopId,
        SellerSku sellerSku,
        TikTokWarehouseId warehouseId,
        long sellableQuantity,
        Instant asOf) {

    public InventoryLevel {
        Required.present("shopId", shopId, "sellerSku", sellerSku, "warehouseId", warehouseId, "asOf", asOf);
        if (sellableQuantity < 0) {
            throw new IllegalArgumentException("sellableQuantity cannot be negative: " + sellableQuantity);
        }
    }
}
