package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.products.StockChange;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.api.StockAndPriceApi.SkuStock;
import io.suitetok.tiktok.model.product.ProductCreated;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome;
import io.suitetok.tiktok.model.product.WarehouseQuantity;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inspection of what a SKU showed over time, and an injected per-SKU refusal of a stock update. */
class StockHistoryAndSkuRefusalTest extends AgainstFreshSimulator {

    private static final String SHOP = ShopDirectory.US_SHOP_ID;
    private static final String EAST = ShopDirectory.US_EAST_WAREHOUSE;

    private ProductCreated product;

    @BeforeEach
    void listProduct() {
        product = connected.client.products().create(connected.us, Listings.tee(Listings.mainImage(connected), "HIS"));
    }

    @Test
    void theHistoryHoldsEveryQuantityTheSkuShowedInOrder() {
        String small = product.skus().get(0).id();
        connected.client.stockAndPrices().updateInventory(connected.us, product.productId(),
                List.of(new SkuStock(small, List.of(new WarehouseQuantity(EAST, 7)))));
        String order = control.placeOrder(OrderRequest.of(SHOP, Item.of("HIS-S", 2))).orderId();
        control.cancel(order, List.of(), "SELLER", "out of stock");

        List<StockChange> east = control.stockHistory(SHOP, "HIS-S").stream()
                .filter(change -> change.warehouseId().equals(EAST)).toList();

        // listed with 10, set to 7, two units taken by one order, given back one unit line at a time
        assertThat(east).extracting(StockChange::quantity).containsExactly(10, 7, 5, 6, 7);
        assertThat(east).extracting(StockChange::cause).containsExactly("SET", "SET", "ORDER", "RETURNED", "RETURNED");
        assertThat(east).extracting(StockChange::sequence).isSorted();
        assertThat(control.stockHistory(SHOP, small)).isEqualTo(control.stockHistory(SHOP, "HIS-S"));
    }

    @Test
    void aRefusedSkuIsReportedInsideASuccessWhileTheOthersAreAppliedAndOnlyAsOftenAsAsked() {
        String small = product.skus().get(0).id();
        String medium = product.skus().get(1).id();
        control.refuseStockUpdates(medium, 1);

        SkuUpdateOutcome first = connected.client.stockAndPrices().updateInventory(connected.us, product.productId(),
                List.of(new SkuStock(small, List.of(new WarehouseQuantity(EAST, 11))),
                        new SkuStock(medium, List.of(new WarehouseQuantity(EAST, 12)))));
        int mediumAfterRefusal = control.sku(SHOP, "HIS-M").stockIn(EAST);
        SkuUpdateOutcome second = connected.client.stockAndPrices().updateInventory(connected.us,
                product.productId(), List.of(new SkuStock(medium, List.of(new WarehouseQuantity(EAST, 12)))));

        assertThat(first.refusedSkuIds()).containsExactly(medium);
        assertThat(first.errors().get(0).code()).isEqualTo(12052990);
        assertThat(control.sku(SHOP, "HIS-S").stockIn(EAST)).isEqualTo(11);
        assertThat(mediumAfterRefusal).isNotEqualTo(12);
        assertThat(second.allAccepted()).isTrue();
        assertThat(control.sku(SHOP, "HIS-M").stockIn(EAST)).isEqualTo(12);
    }

    @Test
    void aRefusalCanNameNoSkuAndLeavesThatSkuAsItWas() {
        String small = product.skus().get(0).id();
        String medium = product.skus().get(1).id();
        control.refuseStockUpdatesWithoutSkuId(medium, 1);

        SkuUpdateOutcome outcome = connected.client.stockAndPrices().updateInventory(connected.us, product.productId(),
                List.of(new SkuStock(small, List.of(new WarehouseQuantity(EAST, 13))),
                        new SkuStock(medium, List.of(new WarehouseQuantity(EAST, 14)))));

        assertThat(outcome.errors()).singleElement().satisfies(error -> assertThat(error.detail()).isNull());
        assertThat(outcome.refusedSkuIds()).containsExactly((String) null);
        assertThat(control.sku(SHOP, "HIS-S").stockIn(EAST)).isEqualTo(13);
        assertThat(control.sku(SHOP, "HIS-M").stockIn(EAST)).isNotEqualTo(14);
    }
}
