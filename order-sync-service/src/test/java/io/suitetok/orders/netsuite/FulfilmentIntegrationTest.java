package io.suitetok.orders.netsuite;

import static io.suitetok.orders.netsuite.OrderSyncFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.InitializeRef;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeRefType;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;
import com.netsuite.webservices.platform.messages_2025_2.WriteResponse;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentItem;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackage;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackageList;
import com.netsuite.webservices.transactions.sales_2025_2.types.ItemFulfillmentShipStatus;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.order.OrderShipment;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.orders.OrderSyncApplication;
import io.suitetok.orders.fulfilment.FulfilmentPoller;
import io.suitetok.orders.fulfilment.FulfilmentReporter.Outcome;
import io.suitetok.orders.ingest.OrderPoller;
import io.suitetok.orders.store.FulfilmentStore;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.orders.store.Shipment;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.TopicRecords;
import io.suitetok.tiktok.spring.TikTokShops;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * NetSuite item fulfilments back to TikTok: partial shipments become their own TikTok packages,
 * TikTok-shipped packages are handed over, a lost answer is checked before any resend, and what
 * cannot be reported is parked with its reason until it is fixed in NetSuite.
 */
@EmbeddedHubTest
@SpringBootTest(classes = OrderSyncApplication.class)
class FulfilmentIntegrationTest {

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());

    static final String UPS_METHOD = "14";
    static final String UNMAPPED_METHOD = "15";
    static final String UPS = "7117858858072016687";
    static final String MARK_SHIPPED = "mark_package_shipped";

    @DynamicPropertySource
    static void simulators(DynamicPropertyRegistry registry) {
        OrderSyncFixtures.register(registry, TIKTOK, NETSUITE, "fulfilment_test_tokens.shop_token");
        registry.add("hub.orders.fulfilments.enabled", () -> "false");
        registry.add("hub.orders.shops[0].carriers." + UPS_METHOD, () -> UPS);
        registry.add("hub.tiktok.read-timeout", () -> "1s");
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

    @Autowired
    OrderPoller orders;
    @Autowired
    SalesOrderFlusher flusher;
    @Autowired
    FulfilmentPoller fulfilments;
    @Autowired
    FulfilmentStore shipments;
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
    @Autowired
    HubTopicNames topics;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    /** hub_sync_lag_seconds{flow="fulfilment"}: NetSuite's fulfilment change to TikTok taking the shipment. */
    private long fulfilmentLags() {
        return meters.get("hub.sync.lag").tag("flow", "fulfilment").tag("target", "tiktok").timer().count();
    }

    @BeforeEach
    void mapSkus() {
        TIKTOK.control().clearCalls();
        for (String[] sku : new String[][] {{"TEE-BLK-M", "3002"}, {"MUG-WHT-11", "3001"}}) {
            OrderSyncFixtures.mapAndAwait(publisher, codec, skuMappings, US_SHOP, sku[0], sku[1]);
        }
    }

    @Test
    void aPartialFulfilmentShipsOnlyItsUnitsAndTheSecondShipsTheRest() {
        PlacedOrder placed = placeAsSalesOrder(OrderRequest.of(US_SHOP, Item.of("TEE-BLK-M", 3), Item.of("MUG-WHT-11", 1))
                .withShipping("SELLER", new BigDecimal("4.99"), null, null));
        String salesOrder = salesOrderOf(placed);

        String first = fulfil(salesOrder, Map.of("3002", 2), "1Z999AA10000000101", UPS_METHOD);
        long lagsBefore = fulfilmentLags();
        Map<Outcome, Integer> round1 = fulfilments.pollOnce();
        assertThat(fulfilmentLags()).as("the shipment TikTok took is measured").isEqualTo(lagsBefore + 1);
        Map<String, Object> afterFirst = TIKTOK.control().order(placed.orderId());
        // TikTok's PARTIALLY_SHIPPING reaches the hub: the Sales Order must not be rewritten, or NetSuite
        // would be asked to drop the fulfilled lines (and offer the shipped units again).
        ingestAndFlush();
        fulfil(salesOrder, Map.of("3002", 1, "3001", 1), "1Z999AA10000000102", UPS_METHOD);
        fulfilments.pollOnce();
        Map<Outcome, Integer> again = fulfilments.pollOnce();

        assertThat(round1).containsEntry(Outcome.SHIPPED, 1);
        assertThat(afterFirst.get("status")).isEqualTo("PARTIALLY_SHIPPING");
        assertThat(trackingByLine(placed)).containsValues("1Z999AA10000000101", "1Z999AA10000000102")
                .doesNotContainValue(null);
        assertThat(trackingByLine(placed).values().stream().filter("1Z999AA10000000101"::equals)).hasSize(2);
        assertThat(TIKTOK.control().order(placed.orderId()).get("status")).isEqualTo("IN_TRANSIT");
        assertThat(again).doesNotContainKey(Outcome.SHIPPED);
        assertThat(TIKTOK.control().callCount(MARK_SHIPPED)).isEqualTo(2);
        assertThat(shipments.find(first)).get().extracting(Shipment::state).isEqualTo(Shipment.State.SHIPPED);
        assertThat(states.journeyOf(placed.orderId())).filteredOn(step -> step.step().equals("SHIPPED_ON_TIKTOK"))
                .hasSize(2);
        assertThat(states.journeyOf(placed.orderId())).extracting(OrderStateStore.JourneyStep::step)
                .containsSubsequence("SALES_ORDER_WRITTEN", "SHIPPED_ON_TIKTOK", "NOTHING_TO_CHANGE_IN_NETSUITE",
                        "SHIPPED_ON_TIKTOK")
                .containsOnlyOnce("SALES_ORDER_WRITTEN");
        List<OrderShipment> events = await().atMost(Duration.ofSeconds(20)).until(() -> shipmentsOnKafka(placed),
                found -> found.size() >= 2);
        assertThat(events).extracting(OrderShipment::trackingNumber)
                .containsExactly("1Z999AA10000000101", "1Z999AA10000000102");
        assertThat(events.get(0).unitLineIds()).hasSize(2);
    }

    @Test
    void anAnswerLostAfterTikTokShippedIsCheckedAndNeverSentTwice() {
        PlacedOrder placed = placeAsSalesOrder(OrderRequest.of(US_SHOP, Item.of("MUG-WHT-11", 2))
                .withShipping("SELLER", new BigDecimal("4.99"), null, null));
        String fulfilment = fulfil(salesOrderOf(placed), Map.of("3001", 2), "1Z999AA10000000201", UPS_METHOD);
        TIKTOK.control().answerLateAfterCommit(MARK_SHIPPED, 1, Duration.ofSeconds(3));

        // The round sends, loses the answer, then settles its doubtful shipments by reading the order.
        Map<Outcome, Integer> round = fulfilments.pollOnce();
        Map<Outcome, Integer> next = fulfilments.pollOnce();

        assertThat(round).containsEntry(Outcome.IN_DOUBT, 1).containsEntry(Outcome.SHIPPED, 1);
        assertThat(next).doesNotContainKeys(Outcome.SHIPPED, Outcome.IN_DOUBT);
        assertThat(shipments.find(fulfilment).orElseThrow().state()).isEqualTo(Shipment.State.SHIPPED);
        // The simulator records a call when it answers, and the late answer comes 3 s after the commit.
        await().atMost(Duration.ofSeconds(10)).until(() -> TIKTOK.control().callCount(MARK_SHIPPED) >= 1);
        assertThat(TIKTOK.control().callCount(MARK_SHIPPED)).isEqualTo(1);
        assertThat(trackingByLine(placed).values()).containsOnly("1Z999AA10000000201");
    }

    @Test
    void aFulfilmentWithoutTrackingOrWithAnUnmappedCarrierIsParkedUntilFixedInNetSuite() {
        PlacedOrder placed = placeAsSalesOrder(OrderRequest.of(US_SHOP, Item.of("TEE-BLK-M", 1))
                .withShipping("SELLER", new BigDecimal("4.99"), null, null));
        String fulfilment = fulfil(salesOrderOf(placed), Map.of("3002", 1), null, UPS_METHOD);

        fulfilments.pollOnce();
        String noTracking = shipments.find(fulfilment).orElseThrow().reason();
        updateFulfilment(fulfilment, "1Z999AA10000000301", UNMAPPED_METHOD);
        fulfilments.pollOnce();
        String noCarrier = shipments.find(fulfilment).orElseThrow().reason();
        List<Shipment> parked = shipments.parked();
        updateFulfilment(fulfilment, "1Z999AA10000000301", UPS_METHOD);
        fulfilments.pollOnce();

        assertThat(noTracking).contains("no tracking number");
        assertThat(noCarrier).contains("ship method " + UNMAPPED_METHOD).contains("hub.orders.shops[].carriers");
        assertThat(parked).extracting(Shipment::fulfilmentId).contains(fulfilment);
        assertThat(shipments.find(fulfilment).orElseThrow().state()).isEqualTo(Shipment.State.SHIPPED);
        assertThat(trackingByLine(placed).values()).containsOnly("1Z999AA10000000301");
        assertThat(states.journeyOf(placed.orderId())).extracting(OrderStateStore.JourneyStep::step)
                .containsSubsequence("FULFILMENT_PARKED", "FULFILMENT_PARKED", "SHIPPED_ON_TIKTOK");
    }

    @Test
    void aPackageShippedWithTikToksLogisticsIsHandedOverWhole() {
        PlacedOrder placed = placeAsSalesOrder(OrderRequest.of(US_SHOP, Item.of("MUG-WHT-11", 2)));

        fulfil(salesOrderOf(placed), Map.of("3001", 2), null, null);
        Map<Outcome, Integer> round = fulfilments.pollOnce();

        assertThat(round).containsEntry(Outcome.SHIPPED, 1);
        assertThat(TIKTOK.control().order(placed.orderId()).get("status")).isEqualTo("AWAITING_COLLECTION");
        assertThat(TIKTOK.control().packages(placed.orderId())).allSatisfy(pkg ->
                assertThat(pkg.get("package_status")).isEqualTo("PROCESSING"));
    }

    private PlacedOrder placeAsSalesOrder(OrderRequest request) {
        PlacedOrder placed = TIKTOK.control().placeOrder(request);
        ingestAndFlush();
        return placed;
    }

    private void ingestAndFlush() {
        OrderSyncFixtures.ingestAndFlush(orders, flusher, List.of(shops.context(US_SHOP)));
    }

    private List<OrderShipment> shipmentsOnKafka(PlacedOrder placed) {
        return TopicRecords.read(topics.name(HubTopic.ORDER_FULFILMENTS), 1, Duration.ofSeconds(5),
                Duration.ofMillis(300)).stream()
                .map(record -> codec.payload(codec.read(record.value()), OrderShipment.class))
                .filter(shipment -> shipment.orderId().equals(placed.orderId())).toList();
    }

    private String salesOrderOf(PlacedOrder placed) {
        return states.find(US_SHOP, placed.orderId()).orElseThrow().netsuiteId();
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> trackingByLine(PlacedOrder placed) {
        Map<String, String> tracking = new HashMap<>();
        List<Map<String, Object>> lines = (List<Map<String, Object>>) TIKTOK.control().order(placed.orderId())
                .get("line_items");
        lines.forEach(line -> tracking.put((String) line.get("id"), (String) line.get("tracking_number")));
        return tracking;
    }

    /** A warehouse clerk fulfils these quantities per NetSuite item, as NetSuite's UI would. */
    private static String fulfil(String salesOrder, Map<String, Integer> quantities, String tracking, String shipMethod) {
        InitializeRecord initialize = new InitializeRecord();
        initialize.setType(InitializeType.ITEM_FULFILLMENT);
        InitializeRef reference = new InitializeRef();
        reference.setType(InitializeRefType.SALES_ORDER);
        reference.setInternalId(salesOrder);
        initialize.setReference(reference);
        ItemFulfillment fulfilment = (ItemFulfillment) NETSUITE.account().initialize(initialize).getRecord();
        Map<String, Integer> left = new HashMap<>(quantities);
        for (ItemFulfillmentItem line : fulfilment.getItemList().getItem()) {
            int wanted = left.getOrDefault(line.getItem().getInternalId(), 0);
            int take = Math.min(wanted, line.getQuantity().intValue());
            line.setItemReceive(take > 0);
            line.setQuantity(BigDecimal.valueOf(take));
            left.merge(line.getItem().getInternalId(), -take, Integer::sum);
        }
        describe(fulfilment, tracking, shipMethod);
        WriteResponse written = NETSUITE.account().add(fulfilment);
        assertThat(written.getStatus().isIsSuccess()).as("fulfilment written").isTrue();
        return ((RecordRef) written.getBaseRef()).getInternalId();
    }

    private static void updateFulfilment(String internalId, String tracking, String shipMethod) {
        ItemFulfillment change = new ItemFulfillment();
        change.setInternalId(internalId);
        describe(change, tracking, shipMethod);
        assertThat(NETSUITE.account().update(change).getStatus().isIsSuccess()).as("fulfilment updated").isTrue();
    }

    private static void describe(ItemFulfillment fulfilment, String tracking, String shipMethod) {
        fulfilment.setShipStatus(ItemFulfillmentShipStatus.SHIPPED);
        if (tracking != null) {
            ItemFulfillmentPackage parcel = new ItemFulfillmentPackage();
            parcel.setPackageTrackingNumber(tracking);
            ItemFulfillmentPackageList packages = new ItemFulfillmentPackageList();
            packages.getPackage().add(parcel);
            fulfilment.setPackageList(packages);
        }
        if (shipMethod != null) {
            RecordRef method = new RecordRef();
            method.setInternalId(shipMethod);
            fulfilment.setShipMethod(method);
        }
    }
}
