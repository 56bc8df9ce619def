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
import io.suitetok.testkit.TestCallers;
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
 * NetSuite stock to TikTok warehouses through the real service, both simulators, PostgreSQL and Kafka.
 * Polls and pushes are driven by the tests (schedules off) so that each step can be observed; the
 * movement queue is read on its schedule, as in production.
 */
@EmbeddedHubTest
@SpringBootTest(classes = InventorySyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class InventoryFlowSupport {

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        InventoryFixtures.register(registry, TIKTOK, NETSUITE, "inventory_flow_test_tokens.shop_token");
        registry.add("hub.inventory.poll-enabled", () -> "false");
        registry.add("hub.inventory.full-recalculation-enabled", () -> "false");
        registry.add("hub.inventory.push-enabled", () -> "false");
        registry.add("hub.inventory.movement-interval", () -> "100ms");
        registry.add("hub.inventory.retry-base-delay", () -> "100ms");
        // Short enough for a test to outlast a claim; the simulators share the database's clock.
        registry.add("hub.inventory.push-claim-timeout", () -> "2s");
        registry.add("hub.inventory.push-call-deadline", () -> "1s");
    }

    @BeforeAll
    static void seed() {
        InventoryFixtures.seedReferenceData(NETSUITE);
    }

    @LocalServerPort
    int port;
    @Autowired
    InventoryPusher pusher;
    @Autowired
    PushPlanner planner;
    @Autowired
    LevelStore levels;
    @Autowired
    MovementStore movements;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventCodec codec;
    @Autowired
    NetSuiteGateway netsuite;
    @Autowired
    MeterRegistry meters;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** When the newest stored read covering the item started (null before any). */
    java.time.Instant readStartedAt(String item) {
        return jdbc.query("select read_started_at from read_coverage where scope = ?",
                (rs, i) -> rs.getTimestamp(1).toInstant(), item).stream().findFirst().orElse(null);
    }

    int tiktokStock(String sellerSku) {
        return TIKTOK.control().sku(US_SHOP, sellerSku).stockIn(EAST);
    }

    List<Integer> valuesSetOnTikTok(String sellerSku) {
        return TIKTOK.control().stockHistory(US_SHOP, sellerSku).stream()
                .filter(change -> change.warehouseId().equals(EAST) && change.cause().equals("SET"))
                .map(StockChange::quantity).toList();
    }

    long inventoryCalls() {
        return TIKTOK.control().callCount("update_inventory");
    }

    /** Pushes round after round until TikTok shows {@code expected}. */
    void pushUntilTikTokShows(String sellerSku, int expected) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            pusher.pushOnce();
            return tiktokStock(sellerSku) == expected;
        });
    }

    void setOnHand(String item, String location, int units) {
        NETSUITE.account().adjustStock(new StockAdjustment(item, location, BigDecimal.valueOf(units), null));
    }

    LevelStore.Level level(String sellerSku) {
        return levels.find(US_SHOP, sellerSku, EAST).orElseThrow();
    }

    /** Reports a movement and waits until the hub has read it (the level's version moved, or the queue emptied). */
    void moveAndWaitForRead(String item, String sellerSku) throws Exception {
        long before = levels.find(US_SHOP, sellerSku, EAST).map(LevelStore.Level::version).orElse(0L);
        assertThat(InventoryFixtures.reportMovement(port, item).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> movements.waiting() == 0
                && levels.find(US_SHOP, sellerSku, EAST).map(LevelStore.Level::version).orElse(0L) > before);
    }

    HttpResponse<String> get(String path) throws Exception {
        return InventoryFixtures.HTTP.send(TestCallers.as("viewer", HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    ProductState listAndMap(String title, Map<String, String> itemsBySku) {
        ProductState product = InventoryFixtures.listOnTikTok(TIKTOK, title, itemsBySku.keySet().toArray(String[]::new));
        itemsBySku.forEach((sku, item) -> InventoryFixtures.publishMapping(publisher, codec, product, sku, item));
        return product;
    }
}
