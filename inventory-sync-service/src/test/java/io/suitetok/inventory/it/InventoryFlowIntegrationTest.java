package io.suitetok.inventory.it;

import static io.suitetok.inventory.it.InventoryFixtures.EAST;
import static io.suitetok.inventory.it.InventoryFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.inventory.InventorySyncApplication;
import io.suitetok.inventory.netsuite.MovementSignature;
import io.suitetok.inventory.push.InventoryPusher;
import io.suitetok.inventory.push.PushPlanner;
import io.suitetok.inventory.store.LevelStore;
import io.suitetok.inventory.store.MovementStore;
import io.suitetok.inventory.store.OrderLineStore.LineKey;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.seed.StockAdjustment;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.products.StockChange;
import io.suitetok.testkit.EmbeddedHubTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * NetSuite stock to TikTok warehouses through the real service: the everyday flow. The set-up and
 * helpers are in {@link InventoryFlowSupport}, shared with {@link PushSafetyIntegrationTest} (one context).
 */
class InventoryFlowIntegrationTest extends InventoryFlowSupport {

    @Test
    void aStockMovementInNetSuiteReachesTikTok() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4101", "MOVE-1", Map.of("101", 30, "102", 12, "103", 5));
        listAndMap("Movement Tee", Map.of("MOVE-1", "4101"));

        pushUntilTikTokShows("MOVE-1", 42); // Chicago 30 + Dallas 12; the returns cage sells nowhere

        setOnHand("4101", "101", 20);
        assertThat(InventoryFixtures.reportMovement(port, "4101").statusCode()).isEqualTo(202);
        pushUntilTikTokShows("MOVE-1", 32);

        assertThat(valuesSetOnTikTok("MOVE-1")).containsExactly(0, 42, 32);
        assertThat(meters.counter("inventory.locations.unmapped", "location", "103").count()).isPositive();
    }

    @Test
    void anUnchangedLevelCausesNoCall() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4102", "SAME-1", Map.of("101", 15));
        listAndMap("Unchanged Tee", Map.of("SAME-1", "4102"));
        pushUntilTikTokShows("SAME-1", 15);
        long versionInSync = level("SAME-1").version();
        long callsInSync = inventoryCalls();

        java.time.Instant readBefore = readStartedAt("4102");
        assertThat(InventoryFixtures.reportMovement(port, "4102").statusCode()).isEqualTo(202);
        // The queue empties when the drain takes the item, before the read is stored: wait for the stored
        // read itself, or the assertions below could pass before anything was recomputed.
        await().atMost(Duration.ofSeconds(10)).until(() -> readStartedAt("4102").isAfter(readBefore));
        for (int round = 0; round < 3; round++) {
            pusher.pushOnce();
        }

        assertThat(level("SAME-1").version()).isEqualTo(versionInSync);
        assertThat(level("SAME-1").pushDue()).isFalse();
        assertThat(inventoryCalls()).isEqualTo(callsInSync);
    }

    @Test
    void aPartialPerSkuFailureIsRetriedAlone() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4103", "PART-A", Map.of("101", 5));
        InventoryFixtures.seedItem(NETSUITE, "4104", "PART-B", Map.of("101", 6));
        ProductState product = listAndMap("Partial Tee", Map.of("PART-A", "4103", "PART-B", "4104"));
        pushUntilTikTokShows("PART-A", 5);
        pushUntilTikTokShows("PART-B", 6);

        TIKTOK.control().refuseStockUpdates(product.sku("PART-B").skuId(), 1);
        setOnHand("4103", "101", 8);
        setOnHand("4104", "101", 9);
        long callsBefore = inventoryCalls();
        assertThat(InventoryFixtures.reportMovement(port, "4103", "4104").statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> level("PART-A").sellable() == 8
                && level("PART-B").sellable() == 9);

        pusher.pushOnce();
        assertThat(tiktokStock("PART-A")).isEqualTo(8);
        assertThat(tiktokStock("PART-B")).isEqualTo(6);
        assertThat(level("PART-B").lastError()).contains("12052990");

        pushUntilTikTokShows("PART-B", 9);

        assertThat(inventoryCalls() - callsBefore).isEqualTo(2);
        assertThat(valuesSetOnTikTok("PART-A")).containsExactly(0, 5, 8); // 8 was not sent again with the retry
        assertThat(valuesSetOnTikTok("PART-B")).containsExactly(0, 6, 9);
    }

    @Test
    void aStaleUpdateIsDroppedAndAFailedStaleUpdateIsNotRetried() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4105", "STALE-1", Map.of("101", 10));
        ProductState product = listAndMap("Stale Tee", Map.of("STALE-1", "4105"));
        pushUntilTikTokShows("STALE-1", 10);

        // 7 is computed and claimed for sending, but 4 is computed before the call goes out.
        setOnHand("4105", "101", 7);
        moveAndWaitForRead("4105", "STALE-1");
        List<PushPlanner.Claim> claimedSeven = planner.plan().claims();
        assertThat(claimedSeven).singleElement().satisfies(claim -> assertThat(claim.quantity()).isEqualTo(7));
        setOnHand("4105", "101", 4);
        moveAndWaitForRead("4105", "STALE-1");
        long callsBefore = inventoryCalls();

        assertThat(pusher.send(claimedSeven)).isZero();
        assertThat(inventoryCalls()).isEqualTo(callsBefore);
        pushUntilTikTokShows("STALE-1", 4);

        // An answer for the old version arriving late does not move accepted_version back, but TikTok may
        // have applied 7 after 4: the level is due again, and the next round reads what TikTok shows. Here
        // TikTok shows 4 (the 7 never really went out), so nothing is sent.
        LineKey key = new LineKey(US_SHOP, "STALE-1", EAST);
        long acceptedFour = level("STALE-1").acceptedVersion();
        long callsAtFour = inventoryCalls();
        assertThat(levels.recordAccepted(key, claimedSeven.get(0).version(), 7, 0, 0, java.time.Instant.now(), null,
                java.time.Instant.now()))
                .isFalse();
        assertThat(level("STALE-1").acceptedVersion()).isEqualTo(acceptedFour);
        assertThat(level("STALE-1").pushDue()).isTrue();
        pusher.pushOnce();
        assertThat(level("STALE-1").acceptedQuantity()).isEqualTo(4);
        assertThat(level("STALE-1").pushDue()).isFalse();
        assertThat(inventoryCalls()).isEqualTo(callsAtFour);

        // 3 is refused; before its retry is due, 2 is computed: 3 is never sent again, 2 goes at once.
        TIKTOK.control().refuseStockUpdates(product.sku("STALE-1").skuId(), 1);
        setOnHand("4105", "101", 3);
        moveAndWaitForRead("4105", "STALE-1");
        pusher.pushOnce();
        assertThat(level("STALE-1").lastError()).isNotNull();
        setOnHand("4105", "101", 2);
        moveAndWaitForRead("4105", "STALE-1");
        pushUntilTikTokShows("STALE-1", 2);

        assertThat(valuesSetOnTikTok("STALE-1")).containsExactly(0, 10, 4, 2);
    }

    @Test
    void tiktokOrdersLowerTheSellableNumberWithoutACallAndCountOnceWhenNetSuiteCommitsThem() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4106", "FLIGHT-1", Map.of("101", 20));
        ProductState product = listAndMap("In-flight Tee", Map.of("FLIGHT-1", "4106"));
        pushUntilTikTokShows("FLIGHT-1", 20);
        long callsBefore = inventoryCalls();

        String orderId = TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, OrderRequest.Item.of("FLIGHT-1", 3)))
                .orderId();
        InventoryFixtures.publishOrder(publisher, codec, InventoryFixtures.order(US_SHOP, orderId, "FLIGHT-1",
                product.sku("FLIGHT-1").skuId(), product.productId(), 3, EAST, OrderStatus.AWAITING_SHIPMENT));
        await().atMost(Duration.ofSeconds(20)).until(() -> level("FLIGHT-1").sellable() == 17);
        pusher.pushOnce();
        assertThat(level("FLIGHT-1").pushDue()).isFalse(); // TikTok already took the 3 units off

        // NetSuite commits the Sales Order and reports the movement before the hub hears it was written:
        // for a moment the 3 units count twice, and that dip must not be sent.
        InventoryFixtures.writeSalesOrder(netsuite, orderId, "4106", 3, "101");
        moveAndWaitForRead("4106", "FLIGHT-1");
        assertThat(level("FLIGHT-1").sellable()).isEqualTo(14);
        pusher.pushOnce();

        InventoryFixtures.publishWritten(publisher, codec, US_SHOP, orderId, Map.of("FLIGHT-1", 3));
        await().atMost(Duration.ofSeconds(20)).until(() -> level("FLIGHT-1").sellable() == 17);
        pusher.pushOnce();

        assertThat(inventoryCalls()).isEqualTo(callsBefore);
        assertThat(tiktokStock("FLIGHT-1")).isEqualTo(17);
        assertThat(level("FLIGHT-1").pushDue()).isFalse();
        assertThat(codec.readValue(level("FLIGHT-1").termsJson(), Map.class)).containsEntry("available", 17)
                .containsEntry("inFlight", 0).containsEntry("sellable", 17);
    }

    @Test
    void theMovementEndpointAcceptsOnlySignedWellFormedReports() throws Exception {
        String body = "{\"items\":[\"4199\"]}";
        MovementSignature signer = new MovementSignature(InventoryFixtures.MOVEMENT_SECRET);
        String signed = signer.sign(body.getBytes(StandardCharsets.UTF_8));
        String malformed = "{\"items\":[\"4199\"";
        String noItems = "{\"items\":[]}";

        assertThat(InventoryFixtures.postMovement(port, body, null).statusCode()).isEqualTo(401);
        assertThat(InventoryFixtures.postMovement(port, body, signed.replace('a', 'b').replace('1', '2')).statusCode())
                .isEqualTo(401);
        assertThat(InventoryFixtures.postMovement(port, body + " ", signed).statusCode()).isEqualTo(401);
        assertThat(InventoryFixtures.postMovement(port, malformed,
                signer.sign(malformed.getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(400);
        assertThat(InventoryFixtures.postMovement(port, noItems,
                signer.sign(noItems.getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(400);
        assertThat(InventoryFixtures.postMovement(port, body, signed).statusCode()).isEqualTo(202);

        // Refused by size before it is read whole or its signature checked, declared length or chunked.
        String huge = "{\"items\":[\"" + "9".repeat(1100 * 1024) + "\"]}";
        assertThat(InventoryFixtures.postMovement(port, huge, signer.sign(huge.getBytes(StandardCharsets.UTF_8)))
                .statusCode()).isEqualTo(413);
        HttpResponse<String> chunked = InventoryFixtures.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + port + "/inventory/movements")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        huge.getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
    }

    @Test
    void opsSeeWhyASkuShowsThreeAndCanRecalculateEverythingWithProgress() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4107", "OPS-1", Map.of("101", 6, "102", 4));
        ProductState product = listAndMap("Ops Tee", Map.of("OPS-1", "4107"));
        pushUntilTikTokShows("OPS-1", 8); // 10 less the SKU's 20 % safety stock
        for (int units : new int[] {2, 3}) {
            String orderId = TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, OrderRequest.Item.of("OPS-1", units)))
                    .orderId();
            InventoryFixtures.publishOrder(publisher, codec, InventoryFixtures.order(US_SHOP, orderId, "OPS-1",
                    product.sku("OPS-1").skuId(), product.productId(), units, EAST, OrderStatus.UNPAID));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> level("OPS-1").sellable() == 3);

        HttpResponse<String> answer = get("/inventory/shops/" + US_SHOP + "/skus/OPS-1");
        Map<?, ?> view = codec.readValue(answer.body(), Map.class);
        Map<?, ?> east = (Map<?, ?>) ((List<?>) view.get("warehouses")).get(0);
        Map<?, ?> terms = (Map<?, ?>) east.get("terms");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(east.get("sellable")).isEqualTo(3);
        assertThat(terms.get("explanation")).isEqualTo("available 10 − safety stock 2 − in-flight TikTok units 5 = 3");
        assertThat(terms.get("safetyStockRule")).isEqualTo("20%");
        assertThat(((Map<?, ?>) terms.get("locations")).keySet().stream().map(String::valueOf).toList())
                .containsExactlyInAnyOrder("101", "102");
        assertThat(get("/inventory/shops/" + US_SHOP + "/skus/NO-SUCH-SKU").statusCode()).isEqualTo(404);

        HttpResponse<String> started = InventoryFixtures.HTTP.send(io.suitetok.testkit.TestCallers.as("ops",
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/inventory/recalculations")))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(202);
        Object id = codec.readValue(started.body(), Map.class).get("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(
                codec.readValue(get("/inventory/recalculations/" + id).body(), Map.class).get("state")));
        Map<?, ?> done = codec.readValue(get("/inventory/recalculations/" + id).body(), Map.class);
        assertThat(done.get("itemsDone")).isEqualTo(done.get("itemsTotal"));
        assertThat((Integer) done.get("itemsTotal")).isGreaterThanOrEqualTo(1);
        assertThat(level("OPS-1").sellable()).isEqualTo(3);
    }
}
