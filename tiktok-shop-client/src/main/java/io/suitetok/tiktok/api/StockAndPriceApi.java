package io.suitetok.tiktok.api;

import static io.suitetok.tiktok.http.TikTokEndpoints.UPDATE_INVENTORY;
import static io.suitetok.tiktok.http.TikTokEndpoints.UPDATE_PRICE;

import io.suitetok.tiktok.http.ApiCall;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.http.TikTokTransport;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome;
import io.suitetok.tiktok.model.product.WarehouseQuantity;
import java.util.List;
import java.util.Map;

/**
 * Stock and price updates, one product's SKUs per call. Both carry absolute values, so sending one
 * twice is harmless. Only live products accept them.
 */
public class StockAndPriceApi {

    private final TikTokTransport transport;

    public StockAndPriceApi(TikTokTransport transport) {
        this.transport = transport;
    }

    public SkuUpdateOutcome updateInventory(ShopContext shop, String productId, List<SkuStock> skus) {
        return transport.execute(shop, ApiCall.to(UPDATE_INVENTORY).path("product_id", productId)
                .body(Map.of("skus", skus)), SkuUpdateOutcome.class);
    }

    public SkuUpdateOutcome updatePrices(ShopContext shop, String productId, List<SkuPrice> skus) {
        return transport.execute(shop, ApiCall.to(UPDATE_PRICE).path("product_id", productId)
                .body(Map.of("skus", skus)), SkuUpdateOutcome.class);
    }

    /** @param id TikTok's SKU id */
    public record SkuStock(String id, List<WarehouseQuantity> inventory) {
    }

    /** @param id TikTok's SKU id */
    public record SkuPrice(String id, Price price) {
    }
}
