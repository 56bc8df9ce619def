package io.suitetok.inventory.it;

import static io.suitetok.inventory.it.InventoryFixtures.EAST;
import static io.suitetok.inventory.it.InventoryFixtures.UK_SHOP;
import static io.suitetok.inventory.it.InventoryFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.suitetok.inventory.push.PushPlanner;
import io.suitetok.inventory.recalc.FullRecalculation;
import io.suitetok.inventory.store.RecalculationStore;
import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.model.catalog.SkuMapping;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokProductId;
import io.suitetok.model.id.TikTokSkuId;
import io.suitetok.model.order.Order;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.products.Catalog.SkuSeed;
import io.suitetok.sandbox.tiktok.products.Categories;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ways a value TikTok shows could drift from the hub's without the hub noticing, each provoked
 * through the simulators: refusals the hub cannot attribute, orders the hub hears of after a push, late answers,
 * orders in warehouses the configuration does not list, relisted SKUs, mixed pre-order lines, and a
 * second replica's recalculation.
 */
class PushSafetyIntegrationTest extends InventoryFlowSupport {

    @Autowired
    DataSource dataSource;
    @Autowired
    FullRecalculation recalculation;
    @Autowired
    RecalculationStore runs;

    @Test
    void anErrorNamingNoSkuIsNotTakenForAnAcceptance() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4111", "NOSKU-1", Map.of("101", 5));
        ProductState product = listAndMap("No-SKU Tee", Map.of("NOSKU-1", "4111"));
        pushUntilTikTokShows("NOSKU-1", 5);

        TIKTOK.control().refuseStockUpdatesWithoutSkuId(product.sku("NOSKU-1").skuId(), 1);
        setOnHand("4111", "101", 8);
        moveAndWaitForRead("4111", "NOSKU-1");
        pusher.pushOnce();

        assertThat(tiktokStock("NOSKU-1")).isEqualTo(5);
        assertThat(level("NOSKU-1").acceptedQuantity()).isEqualTo(5);
        assertThat(level("NOSKU-1").pushDue()).isTrue();
        assertThat(level("NOSKU-1").lastError()).contains("no SKU named");
        pushUntilTikTokShows("NOSKU-1", 8);
    }

    @Test
    void anOrderTheHubHearsOfLateIsNeverHandedBackWhenNetSuiteGainsStock() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4112", "OVER-1", Map.of("101", 20));
        ProductState product = listAndMap("Overwrite Tee", Map.of("OVER-1", "4112"));
        pushUntilTikTokShows("OVER-1", 20);
        setOnHand("4112", "101", 30);
        moveAndWaitForRead("4112", "OVER-1");
        assertThat(level("OVER-1").sellable()).isEqualTo(30);

        // TikTok sells 3 units the hub has not heard of while NetSuite gains 10: the hub's own number (30)
        // would hand the 3 back. TikTok is raised by the gain only: 17 + 10 at most (less what TikTok may sell
        // during the call at the rate it just sold, SalesDuringTheCall; those follow with a later push).
        Instant created = Instant.now();
        String orderId = TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, OrderRequest.Item.of("OVER-1", 3)))
                .orderId();
        int tiktokNow = tiktokStock("OVER-1");
        pusher.pushOnce();
        assertThat(tiktokStock("OVER-1")).isGreaterThan(tiktokNow).isLessThanOrEqualTo(tiktokNow + 10);

        InventoryFixtures.publishOrder(publisher, codec, InventoryFixtures.order(US_SHOP, orderId,
                List.of(InventoryFixtures.line(orderId, "OVER-1", product.sku("OVER-1").skuId(), product.productId(), 3,
                        false, "")), EAST, OrderStatus.AWAITING_SHIPMENT, created));
        await().atMost(Duration.ofSeconds(20)).until(() -> level("OVER-1").sellable() == 27);
        pushUntilTikTokShows("OVER-1", 27);

        assertThat(level("OVER-1").pushDue()).isFalse();
        assertThat(valuesSetOnTikTok("OVER-1")).allSatisfy(value -> assertThat(value).isLessThanOrEqualTo(27));
    }

    @Test
    void aRaiseSmallerThanWhatTikTokMaySellDuringTheCallWaitsForTheSaleToSellOut() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4119", "RACE-1", Map.of("101", 20));
        listAndMap("Race Tee", Map.of("RACE-1", "4119"));
        pushUntilTikTokShows("RACE-1", 20);

        // TikTok sells half the stock at once, then NetSuite receives 2. TikTok sets absolute counts: a raise to
        // 12 would overwrite every order TikTok takes between the hub's read and the update, and at this rate
        // (10 in a moment) with a slow read (300 ms, as a throttled call might be) that is more than 2.
        for (int i = 0; i < 10; i++) {
            TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, OrderRequest.Item.of("RACE-1", 1)));
        }
        setOnHand("4119", "101", 22);
        moveAndWaitForRead("4119", "RACE-1");
        long updates = inventoryCalls();
        TIKTOK.control().setLatency("get_product", Duration.ofMillis(300));
        try {
            pusher.pushOnce();
        } finally {
            TIKTOK.control().setLatency("get_product", Duration.ZERO);
        }
        assertThat(inventoryCalls()).as("no update raced the sale").isEqualTo(updates);
        assertThat(tiktokStock("RACE-1")).isEqualTo(10);
        assertThat(level("RACE-1").pushDue()).isTrue();

        // Sold out: TikTok takes no orders at 0, so the 2 go at once.
        TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, OrderRequest.Item.of("RACE-1", 10)));
        pushUntilTikTokShows("RACE-1", 2);
        assertThat(valuesSetOnTikTok("RACE-1")).endsWith(20, 2);
    }

    @Test
    void aLateAnswerForAnOldValueMakesTheNewestGoAgain() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4113", "LATE-1", Map.of("101", 10));
        listAndMap("Late Tee", Map.of("LATE-1", "4113"));
        pushUntilTikTokShows("LATE-1", 10);
        setOnHand("4113", "101", 7);
        moveAndWaitForRead("4113", "LATE-1");
        List<PushPlanner.Claim> seven = planner.plan().claims();

        // TikTok sits on the 7 for 4 s: past the call's 1 s deadline and the claim's 2 s life.
        TIKTOK.control().setLatency("update_inventory", Duration.ofSeconds(4));
        CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(() -> pusher.send(seven));
        assertThat(slow.get(5, TimeUnit.SECONDS)).isZero(); // given up on at the deadline
        // Only now: a call that reached TikTok late on a busy machine must still be held the 4 s.
        TIKTOK.control().setLatency("update_inventory", Duration.ZERO);
        setOnHand("4113", "101", 4);
        moveAndWaitForRead("4113", "LATE-1");
        pushUntilTikTokShows("LATE-1", 4); // once the claim on 7 expired

        // Then TikTok applies the old 7 after the 4: the hub must send 4 again.
        await().atMost(Duration.ofSeconds(10)).until(() -> tiktokStock("LATE-1") == 7 && level("LATE-1").pushDue());
        pushUntilTikTokShows("LATE-1", 4);
        List<Integer> set = valuesSetOnTikTok("LATE-1");
        assertThat(set.subList(set.size() - 3, set.size())).containsExactly(4, 7, 4);
    }

    @Test
    void aShopWhoseCallIsSlowDoesNotHoldUpTheOthers() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4114", "LANE-US", Map.of("101", 6));
        InventoryFixtures.seedItem(NETSUITE, "4115", "LANE-UK", Map.of("201", 9));
        listAndMap("Lane Tee", Map.of("LANE-US", "4114"));
        await().atMost(Duration.ofSeconds(20)).until(() -> levels.find(US_SHOP, "LANE-US", EAST).isPresent());

        TIKTOK.control().answerLateAfterCommit("update_inventory", 1, Duration.ofSeconds(3));
        pusher.pushInBackground(); // the US call is applied, then answered 3 s later
        ProductState uk = TIKTOK.control().seedProduct(UK_SHOP, "Lane Tee UK", Categories.T_SHIRTS, List.of(
                new SkuSeed("LANE-UK", "M", new BigDecimal("15.99"), Map.of(ShopDirectory.UK_WAREHOUSE, 0), false)));
        InventoryFixtures.publishMapping(publisher, codec, uk, "LANE-UK", "4115");
        await().atMost(Duration.ofSeconds(20)).until(() -> levels.find(UK_SHOP, "LANE-UK", ShopDirectory.UK_WAREHOUSE)
                .isPresent());
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).until(() -> {
            pusher.pushInBackground();
            return TIKTOK.control().sku(UK_SHOP, "LANE-UK").stockIn(ShopDirectory.UK_WAREHOUSE) == 9;
        });

        assertThat(level("LANE-US").acceptedQuantity()).isNull(); // the US answer is still on its way
        await().atMost(Duration.ofSeconds(10)).until(() -> Integer.valueOf(6).equals(level("LANE-US").acceptedQuantity()));
    }

    @Test
    void anOrderNamingAWarehouseTheShopDoesNotListCountsAgainstTheDefault() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4116", "WH-1", Map.of("101", 12));
        ProductState product = listAndMap("Warehouse Tee", Map.of("WH-1", "4116"));
        pushUntilTikTokShows("WH-1", 12);

        InventoryFixtures.publishOrder(publisher, codec, InventoryFixtures.order(US_SHOP, "UNKNOWN-WH-1", "WH-1",
                product.sku("WH-1").skuId(), product.productId(), 2, "7999999999999999999", OrderStatus.AWAITING_SHIPMENT));

        await().atMost(Duration.ofSeconds(20)).until(() -> level("WH-1").sellable() == 10);
        assertThat(meters.counter("inventory.orders.unknown-warehouse", "shop", US_SHOP, "warehouse",
                "7999999999999999999").count()).isPositive();
    }

    @Test
    void remappingToAnotherTikTokListingSendsTheCurrentNumber() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4117", "REMAP-1", Map.of("101", 11));
        listAndMap("Remap Tee", Map.of("REMAP-1", "4117"));
        pushUntilTikTokShows("REMAP-1", 11);

        // The SKU is relisted as another product (its new listing starts at 0); the number is unchanged.
        ProductState relisted = InventoryFixtures.listOnTikTok(TIKTOK, "Remap Tee relisted", "REMAP-1B");
        String newSkuId = relisted.sku("REMAP-1B").skuId();
        SkuMapping mapping = new SkuMapping(new ShopId(US_SHOP), new SellerSku("REMAP-1"), new NetSuiteInternalId("4117"),
                new TikTokProductId(relisted.productId()), new TikTokSkuId(newSkuId), ListingStatus.LIVE);
        publisher.publishAndWait(HubTopic.CATALOG_SKU_MAPPINGS, codec.envelope(InventoryFixtures.eventType(
                "SkuMappingChanged"), "catalog-sync-service", "REMAP-1", "REMAP-1", mapping.shopId(), mapping),
                Duration.ofSeconds(10));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            pusher.pushOnce();
            return TIKTOK.control().sku(US_SHOP, newSkuId).stockIn(EAST) == 11;
        });
    }

    @Test
    void preOrderUnitsStayInFlightWhileTheOrdinaryUnitsOfTheSameSkuAreReleased() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4118", "PRE-1", Map.of("101", 10));
        ProductState product = listAndMap("Pre-order Tee", Map.of("PRE-1", "4118"));
        pushUntilTikTokShows("PRE-1", 10);
        String skuId = product.sku("PRE-1").skuId();
        Order order = InventoryFixtures.order(US_SHOP, "MIXED-1", List.of(
                InventoryFixtures.line("MIXED-1", "PRE-1", skuId, product.productId(), 2, false, "a"),
                InventoryFixtures.line("MIXED-1", "PRE-1", skuId, product.productId(), 1, true, "p")), EAST,
                OrderStatus.AWAITING_SHIPMENT, Instant.now());
        InventoryFixtures.publishOrder(publisher, codec, order);
        await().atMost(Duration.ofSeconds(20)).until(() -> level("PRE-1").sellable() == 7);

        // NetSuite commits the 2 ordinary units; it never commits pre-order units.
        InventoryFixtures.writeSalesOrder(netsuite, "MIXED-1", "4118", 2, "101");
        InventoryFixtures.publishWritten(publisher, codec, US_SHOP, "MIXED-1", Map.of("PRE-1", 3));

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Map<?, ?> terms = codec.readValue(level("PRE-1").termsJson(), Map.class);
            return Integer.valueOf(8).equals(terms.get("available")) && Integer.valueOf(1).equals(terms.get("inFlight"));
        });
        assertThat(level("PRE-1").sellable()).isEqualTo(7);
    }

    @Test
    void aRecalculationRunningOnAnotherReplicaIsNeitherDoubledNorAbandoned() throws Exception {
        try (Connection otherReplica = dataSource.getConnection(); Statement lock = otherReplica.createStatement()) {
            lock.execute("select pg_advisory_lock(" + FullRecalculation.LOCK_KEY + ")");
            long theirs = runs.start("schedule", 5);
            try {
                RecalculationStore.Recalculation answer = recalculation.start("ops");

                assertThat(answer.id()).isEqualTo(theirs);
                assertThat(runs.find(theirs).orElseThrow().state()).isEqualTo("RUNNING");
                assertThat(jdbc.queryForObject("select count(*) from recalculation where id > ?", Integer.class, theirs))
                        .isZero();
            } finally {
                runs.finish(theirs, "DONE", null);
                lock.execute("select pg_advisory_unlock(" + FullRecalculation.LOCK_KEY + ")");
            }
        }
    }
}
