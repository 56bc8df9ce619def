package io.suitetok.sandbox.tiktok.products;

import io.suitetok.sandbox.tiktok.products.Catalog.SkuSeed;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A small live catalogue in each default shop, so that orders can be placed the moment the
 * simulator starts: a T-shirt in three sizes, a mug, and a pre-order travel mug. Seller SKUs are
 * listed in the README.
 */
@Component
public class DefaultCatalog {

    private final Catalog catalog;
    private final ShopDirectory shops;

    public DefaultCatalog(Catalog catalog, ShopDirectory shops) {
        this.catalog = catalog;
        this.shops = shops;
    }

    public void seed() {
        var us = shops.require(ShopDirectory.US_SHOP_ID);
        String east = ShopDirectory.US_EAST_WAREHOUSE;
        String west = ShopDirectory.US_WEST_WAREHOUSE;
        catalog.seed(us, "SuiteTok Classic Tee", Categories.T_SHIRTS, List.of(
                new SkuSeed("TEE-BLK-S", "S", new BigDecimal("19.99"), Map.of(east, 50, west, 20), false),
                new SkuSeed("TEE-BLK-M", "M", new BigDecimal("19.99"), Map.of(east, 50, west, 20), false),
                new SkuSeed("TEE-BLK-L", "L", new BigDecimal("21.99"), Map.of(east, 40, west, 10), false)));
        catalog.seed(us, "SuiteTok Ceramic Mug 11oz", Categories.KITCHEN_STORAGE, List.of(
                new SkuSeed("MUG-WHT-11", null, new BigDecimal("12.50"), Map.of(east, 100), false)));
        catalog.seed(us, "SuiteTok Travel Mug (pre-order)", Categories.KITCHEN_STORAGE, List.of(
                new SkuSeed("MUG-TRV-PRE", null, new BigDecimal("24.00"), Map.of(east, 30), true)));
        var uk = shops.require(ShopDirectory.UK_SHOP_ID);
        String main = ShopDirectory.UK_WAREHOUSE;
        catalog.seed(uk, "SuiteTok Classic Tee", Categories.T_SHIRTS, List.of(
                new SkuSeed("TEE-UK-BLK-M", "M", new BigDecimal("16.99"), Map.of(main, 40), false),
                new SkuSeed("TEE-UK-BLK-L", "L", new BigDecimal("16.99"), Map.of(main, 40), false)));
        catalog.seed(uk, "SuiteTok Ceramic Mug", Categories.KITCHEN_STORAGE, List.of(
                new SkuSeed("MUG-UK-WHT", null, new BigDecimal("10.00"), Map.of(main, 60), false)));
        catalog.seed(uk, "SuiteTok Travel Mug (pre-order)", Categories.KITCHEN_STORAGE, List.of(
                new SkuSeed("MUG-UK-PRE", null, new BigDecimal("19.00"), Map.of(main, 20), true)));
    }
}
