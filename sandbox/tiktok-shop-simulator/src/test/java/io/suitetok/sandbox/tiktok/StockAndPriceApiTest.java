package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.api.StockAndPriceApi.SkuPrice;
import io.suitetok.tiktok.api.StockAndPriceApi.SkuStock;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.product.ProductCreated;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome;
import io.suitetok.tiktok.model.product.WarehouseQuantity;
import io.suitetok.tiktok.model.shop.Warehouse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stock and price updates (absolute, per SKU, live products only) and warehouses. */
class StockAndPriceApiTest extends AgainstFreshSimulator {

    private static final String EAST = ShopDirectory.US_EAST_WAREHOUSE;
    private static final String WEST = ShopDirectory.US_WEST_WAREHOUSE;

    private ProductCreated product;

    @BeforeEach
    void listProduct() {
        product = connected.client.products().create(connected.us,
                Listings.tee(Listings.mainImage(connected), "STK"));
    }

    @Test
    void anInventoryUpdateAppliesTheGoodSkusAndListsTheRefusedOnesInsideASuccess() {
        String small = product.skus().get(0).id();
        String medium = product.skus().get(1).id();

        SkuUpdateOutcome outcome = connected.client.stockAndPrices().updateInventory(connected.us, product.productId(),
                List.of(new SkuStock(small, List.of(new WarehouseQuantity(EAST, 77), new WarehouseQuantity(WEST, 5))),
                        new SkuStock(medium, List.of(new WarehouseQuantity(EAST, 3),
                                new WarehouseQuantity("7100000000000099999", 4))),
                        new SkuStock("1729100000000999999", List.of(new WarehouseQuantity(EAST, 1)))));

        assertThat(outcome.allAccepted()).isFalse();
        assertThat(outcome.refusedSkuIds()).containsExactly(medium, "1729100000000999999");
        assertThat(outcome.errors().get(0).code()).isEqualTo(12052990);
        assertThat(outcome.errors().get(0).detail().extraErrors()).singleElement()
                .satisfies(e -> assertThat(e.warehouseId()).isEqualTo("7100000000000099999"));
        assertThat(control.sku(ShopDirectory.US_SHOP_ID, "STK-S").stock()).containsEntry(EAST, 77).containsEntry(WEST, 5);
        assertThat(control.sku(ShopDirectory.US_SHOP_ID, "STK-M").stockIn(EAST)).isEqualTo(20);
    }

    @Test
    void quantitiesAboveNinetyNineThousandNineHundredNinetyNineAndReturnWarehousesAreRefused() {
        String small = product.skus().get(0).id();

        SkuUpdateOutcome tooMany = connected.client.stockAndPrices().updateInventory(connected.us,
                product.productId(), List.of(new SkuStock(small, List.of(new WarehouseQuantity(EAST, 100_000)))));
        SkuUpdateOutcome returnsWarehouse = connected.client.stockAndPrices().updateInventory(connected.us,
                product.productId(), List.of(new SkuStock(small, List.of(
                        new WarehouseQuantity(ShopDirectory.US_RETURNS_WAREHOUSE, 1)))));
        SkuUpdateOutcome upperBound = connected.client.stockAndPrices().updateInventory(connected.us,
                product.productId(), List.of(new SkuStock(small, List.of(new WarehouseQuantity(EAST, 99_999)))));

        assertThat(tooMany.refusedSkuIds()).containsExactly(small);
        assertThat(returnsWarehouse.refusedSkuIds()).containsExactly(small);
        assertThat(upperBound.allAccepted()).isTrue();
        assertThat(control.sku(ShopDirectory.US_SHOP_ID, "STK-S").stockIn(EAST)).isEqualTo(99_999);
    }

    @Test
    void productsThatAreNotLiveTakeNoStockOrPriceUpdates() {
        connected.client.products().deactivate(connected.us, List.of(product.productId()));
        String small = product.skus().get(0).id();

        assertThatThrownBy(() -> connected.client.stockAndPrices().updateInventory(connected.us, product.productId(),
                List.of(new SkuStock(small, List.of(new WarehouseQuantity(EAST, 1))))))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> assertThat(e.code()).isEqualTo(12052702));
        assertThatThrownBy(() -> connected.client.stockAndPrices().updatePrices(connected.us, product.productId(),
                List.of(new SkuPrice(small, new Price("1.00", "USD")))))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> assertThat(e.code()).isEqualTo(12052702));
        assertThat(control.sku(ShopDirectory.US_SHOP_ID, "STK-S").stockIn(EAST)).isEqualTo(10);
    }

    @Test
    void aPriceUpdateChangesWhatBuyersPayAndRefusesAWrongCurrencyPerSku() {
        String small = product.skus().get(0).id();
        String medium = product.skus().get(1).id();

        SkuUpdateOutcome outcome = connected.client.stockAndPrices().updatePrices(connected.us, product.productId(),
                List.of(new SkuPrice(small, new Price("17.49", "USD")), new SkuPrice(medium, new Price("15.00", "GBP"))));

        assertThat(outcome.refusedSkuIds()).containsExactly(medium);
        assertThat(control.sku(ShopDirectory.US_SHOP_ID, "STK-S").price()).isEqualTo("17.49");
        assertThat(control.sku(ShopDirectory.US_SHOP_ID, "STK-M").price()).isEqualTo("18.00");
        assertThat(connected.client.products().get(connected.us, product.productId()).skus().get(0).price()
                .salePrice()).isEqualTo("17.49");
        var order = control.placeOrder(io.suitetok.sandbox.tiktok.orders.OrderRequest.of(ShopDirectory.US_SHOP_ID,
                io.suitetok.sandbox.tiktok.orders.OrderRequest.Item.of("STK-S", 1))
                .withShipping("SELLER", null, null, null));
        assertThat(control.order(order.orderId())).extractingByKey("payment")
                .satisfies(p -> assertThat(((java.util.Map<?, ?>) p).get("sub_total")).isEqualTo("17.49"));
    }

    @Test
    void eachShopListsItsWarehouses() {
        List<Warehouse> us = connected.client.shops().warehouses(connected.us);
        List<Warehouse> uk = connected.client.shops().warehouses(connected.uk);

        assertThat(us).extracting(Warehouse::id).containsExactly(EAST, WEST, ShopDirectory.US_RETURNS_WAREHOUSE);
        assertThat(us).filteredOn(Warehouse::isDefault).extracting(Warehouse::id).containsExactly(EAST);
        assertThat(us).extracting(Warehouse::type).contains("SALES_WAREHOUSE", "RETURN_WAREHOUSE");
        assertThat(uk).singleElement().satisfies(w -> assertThat(w.effectStatus()).isEqualTo("ENABLED"));
    }
}
