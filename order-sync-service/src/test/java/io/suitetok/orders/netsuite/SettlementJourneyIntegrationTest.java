package io.suitetok.orders.netsuite;

import static io.suitetok.orders.netsuite.OrderSyncFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.event.EventType;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.settlement.OrdersSettled;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.orders.OrderSyncApplication;
import io.suitetok.orders.ingest.OrderPoller;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.TestCallers;
import io.suitetok.tiktok.spring.TikTokShops;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * settlement-service's OrdersSettled reach the order journey: a written order shows it was settled in a
 * statement and then paid out in TikTok's payment, each step once however often settlement announces it,
 * read through the ops REST as an operator would.
 */
@EmbeddedHubTest
@SpringBootTest(classes = OrderSyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementJourneyIntegrationTest {

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());
    static final String STATEMENT = "7498000000000000101";
    static final String PAYMENT = "7499000000000000301";
    /** An order from before the hub ran: in TikTok's statement, unknown to order-sync. */
    static final String ORDER_BEFORE_THE_HUB = "576000000000000099";

    @DynamicPropertySource
    static void simulators(DynamicPropertyRegistry registry) {
        OrderSyncFixtures.register(registry, TIKTOK, NETSUITE, "settlement_journey_test_tokens.shop_token");
        registry.add("hub.orders.fulfilments.enabled", () -> "false");
    }

    @BeforeAll
    static void seed() {
        OrderSyncFixtures.seedNetSuite(NETSUITE);
    }

    @AfterAll
    static void stop() {
        TIKTOK.close();
        NETSUITE.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    OrderPoller poller;
    @Autowired
    SalesOrderFlusher flusher;
    @Autowired
    OrderStateStore states;
    @Autowired
    SkuMappingReplica skuMappings;
    @Autowired
    TikTokShops shops;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventCodec codec;

    @Test
    void aWrittenOrderIsSettledInItsStatementThenPaidOutEachStepOnceHoweverOftenAnnounced() throws Exception {
        OrderSyncFixtures.mapAndAwait(publisher, codec, skuMappings, US_SHOP, "MUG-WHT-11", "3001");
        String settledOrder = TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, Item.of("MUG-WHT-11", 2))).orderId();
        String lastBatchOrder = TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, Item.of("MUG-WHT-11", 1)))
                .orderId();
        OrderSyncFixtures.ingestAndFlush(poller, flusher, shops.all());

        // Posted before TikTok paid, then paid; the paid event delivered twice and re-announced under a new id.
        publish(ordersSettled(null, "PROCESSING", settledOrder, ORDER_BEFORE_THE_HUB));
        EventEnvelope paid = ordersSettled(PAYMENT, "PAID", settledOrder, ORDER_BEFORE_THE_HUB);
        publish(paid);
        publish(paid);
        publish(ordersSettled(PAYMENT, "PAID", settledOrder, ORDER_BEFORE_THE_HUB));
        // The statement's next thousand orders, on the same key and partition: once its step shows, all above ran.
        publish(ordersSettled(PAYMENT, "PAID", lastBatchOrder));
        await().atMost(Duration.ofSeconds(30)).until(() -> states.journeyOf(lastBatchOrder).stream()
                .anyMatch(step -> step.step().equals("PAID_OUT")));

        HttpResponse<String> journey = getAsViewer("/orders/" + settledOrder + "/journey");

        assertThat(journey.statusCode()).isEqualTo(200);
        List<JsonNode> steps = new ArrayList<>();
        codec.mapper().readTree(journey.body()).forEach(steps::add);
        assertThat(steps).extracting(step -> step.get("step").asString())
                .containsSubsequence("SALES_ORDER_WRITTEN", "SETTLED_BY_TIKTOK", "PAID_OUT");
        assertThat(steps).filteredOn(step -> step.get("step").asString().matches("SETTLED_BY_TIKTOK|PAID_OUT"))
                .extracting(step -> step.get("step").asString(), step -> step.get("detail").asString())
                .containsExactly(tuple("SETTLED_BY_TIKTOK", "in statement " + STATEMENT),
                        tuple("PAID_OUT", "in TikTok payment " + PAYMENT));
        assertThat(getAsViewer("/orders/" + ORDER_BEFORE_THE_HUB + "/journey").statusCode()).isEqualTo(404);
    }

    private EventEnvelope ordersSettled(String paymentId, String paymentStatus, String... orderIds) {
        OrdersSettled payload = new OrdersSettled(US_SHOP, STATEMENT, paymentId, paymentStatus, List.of(orderIds));
        return codec.envelope(SettlementEvents.OrdersSettled, "settlement-service", STATEMENT, STATEMENT,
                new ShopId(US_SHOP), payload);
    }

    private void publish(EventEnvelope event) {
        publisher.publishAndWait(HubTopic.SETTLEMENT_STATEMENTS, event, Duration.ofSeconds(10));
    }

    private HttpResponse<String> getAsViewer(String path) throws Exception {
        return HttpClient.newHttpClient().send(TestCallers.as("viewer",
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** settlement-service's event types, as its SettlementAnnouncements names them on the topic. */
    private enum SettlementEvents implements EventType {
        OrdersSettled;

        @Override
        public int schemaVersion() {
            return 1;
        }
    }
}
