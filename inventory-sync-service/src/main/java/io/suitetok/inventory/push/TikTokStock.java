package io.suitetok.inventory.push;

import io.suitetok.inventory.push.PushPlanner.Claim;
import io.suitetok.tiktok.model.product.ProductDetail;
import io.suitetok.tiktok.model.product.ProductDetail.SkuDetail;
import io.suitetok.tiktok.model.product.WarehouseQuantity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What TikTok shows for each claimed SKU and warehouse, from one Get Product answer. A warehouse the
 * SKU lists no stock in shows 0; a SKU the product does not have is left out (its claim cannot be
 * decided and is retried).
 */
final class TikTokStock {

    private TikTokStock() {
    }

    static Map<Claim, Integer> of(ProductDetail product, List<Claim> claims) {
        Map<Claim, Integer> shown = new HashMap<>();
        List<SkuDetail> skus = product == null || product.skus() == null ? List.of() : product.skus();
        for (Claim claim : claims) {
            skus.stream().filter(sku -> Objects.equals(sku.id(), claim.skuId())).findFirst().ifPresent(sku ->
                    shown.put(claim, (sku.inventory() == null ? List.<WarehouseQuantity>of() : sku.inventory()).stream()
                            .filter(stock -> Objects.equals(stock.warehouseId(), claim.key().warehouseId()))
                            .mapToInt(WarehouseQuantity::quantity).sum()));
        }
        return shown;
    }
}
