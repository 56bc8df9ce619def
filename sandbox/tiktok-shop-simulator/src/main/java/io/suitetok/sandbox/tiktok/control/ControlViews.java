package io.suitetok.sandbox.tiktok.control;

import io.suitetok.sandbox.tiktok.AmountText;
import io.suitetok.sandbox.tiktok.products.SimProduct;
import io.suitetok.sandbox.tiktok.products.SimSku;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.shops.SimWarehouse;
import java.util.List;
import java.util.Map;

/** What the control API shows: shop facts for tests and the stock and prices as TikTok shows them. */
public final class ControlViews {

    private ControlViews() {
    }

    public record ShopInfo(String id, String name, String region, String currency, String cipher, String authCode,
            List<WarehouseInfo> warehouses) {

        static ShopInfo of(Shop shop) {
            return new ShopInfo(shop.id(), shop.name(), shop.region(), shop.currency(), shop.cipher(),
                    shop.authCode(), shop.warehouses().stream().map(WarehouseInfo::of).toList());
        }
    }

    public record WarehouseInfo(String id, String name, String type, boolean isDefault) {

        static WarehouseInfo of(SimWarehouse warehouse) {
            return new WarehouseInfo(warehouse.id(), warehouse.name(), warehouse.type(), warehouse.isDefault());
        }
    }

    /** One SKU as a buyer sees it on TikTok: live or not, its price, and its quantity per warehouse. */
    public record SkuState(String skuId, String productId, String sellerSku, String skuType, String productStatus,
            String price, String currency, Map<String, Integer> stock) {

        public int stockIn(String warehouseId) {
            return stock.getOrDefault(warehouseId, 0);
        }

        static SkuState of(SimProduct product, SimSku sku) {
            return new SkuState(sku.id(), product.id(), sku.sellerSku(), sku.skuType(), product.status().name(),
                    AmountText.of(sku.price(), sku.currency()), sku.currency(), sku.stockByWarehouse());
        }
    }

    public record ProductState(String productId, String shopId, String title, String status, long updateTime,
            List<SkuState> skus) {

        static ProductState of(SimProduct product) {
            return new ProductState(product.id(), product.shopId(), product.title(), product.status().name(),
                    product.updateTime(), product.skus().stream().map(sku -> SkuState.of(product, sku)).toList());
        }

        public SkuState sku(String sellerSku) {
            return skus.stream().filter(s -> sellerSku.equals(s.sellerSku())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no seller sku " + sellerSku));
        }
    }

    /** @param lineItemIds one id per unit, in order */
    public record PlacedOrder(String orderId, String shopId, String status, List<String> lineItemIds,
            String totalAmount, String currency) {
    }
}
