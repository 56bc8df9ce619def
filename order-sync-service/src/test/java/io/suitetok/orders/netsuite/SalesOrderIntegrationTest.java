package io.suitetok.orders.netsuite;

import static io.suitetok.orders.netsuite.OrderSyncFixtures.UK_SHOP;
import static io.suitetok.orders.netsuite.OrderSyncFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.order.Order;
import io.suitetok.orders.OrderSyncApplication;
import io.suitetok.orders.ingest.OrderPoller;
import io.suitetok.orders.store.OrderSnapshotStore;
import io.suitetok.orders.store.OrderState;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.tiktok.spring.TikTokShops;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** TikTok orders to NetSuite Sales Orders, against both simulators, a real PostgreSQL and Kafka. */
@EmbeddedHubTest
@SpringBootTest(classes = OrderSyncApplication.class)
class SalesOrderIntegrationTest {

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());

    @DynamicPropertySource
    static void simulators(DynamicPropertyRegistry registry) {
        OrderSyncFixtures.register(registry, TIKTOK, NETSUITE, "sales_order_test_tokens.shop_token");
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
    OrderPoller poller;
    @Autowired
    SalesOrderFlusher flusher;
    @Autowired
    SalesOrderWriteBack writeBack;
    @Autowired
    OrderStateStore states;
    @Autowired
    OrderSnapshotStore snapshots;
    @Autowired
    TikTokShops shops;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventCodec codec;

    @Autowired
    io.suitetok.runtime.catalog.SkuMappingReplica skuMappings;

    private void mapSku(String shop, String sellerSku, String netsuiteItem) {
        OrderSyncFixtures.publishMapping(publisher, codec, shop, sellerSku, netsuiteItem);
    }

    private void mapAndWait(String shop, String sellerSku, String netsuiteItem) {
        OrderSyncFixtures.mapAndAwait(publisher, codec, skuMappings, shop, sellerSku, netsuiteItem);
    }

    private PlacedOrder place(String shop, String sellerSku, int quantity) {
        return TIKTOK.control().placeOrder(OrderRequest.of(shop, OrderRequest.Item.of(sellerSku, quantity)));
    }

    private void ingestAndFlush() {
        OrderSyncFixtures.ingestAndFlush(poller, flusher, shops.all());
    }

    private List<SalesOrder> salesOrders(String shop, String orderId) {
        return OrderSyncFixtures.salesOrders(NETSUITE, shop, orderId);
    }

    private static BigDecimal lineTotal(SalesOrder order) {
        return order.getItemList().getItem().stream()
                .map(line -> new BigDecimal(line.getRate()).multiply(line.getQuantity()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void anOrderBecomesOneSalesOrderAndItsNumberGoesBackToTikTok() {
        mapAndWait(US_SHOP, "MUG-WHT-11", "3001");
        PlacedOrder placed = place(US_SHOP, "MUG-WHT-11", 2);

        ingestAndFlush();
        while (writeBack.writeBackPending(50) > 0) {
            // other tests' orders may be queued ahead of this one
        }

        assertThat(salesOrders(US_SHOP, placed.orderId())).singleElement().satisfies(order -> {
            assertThat(order.getOtherRefNum()).isEqualTo(placed.orderId());
            assertThat(order.getItemList().getItem()).extracting(SalesOrderItem::getQuantity)
                    .containsExactly(new BigDecimal("2"));
        });
        OrderState state = states.find(US_SHOP, placed.orderId()).orElseThrow();
        assertThat(state.stage()).isEqualTo(OrderState.Stage.WRITTEN);
        assertThat(TIKTOK.control().externalReferences(placed.orderId())).extracting(ref -> ref.id())
                .containsExactly(state.netsuiteTranId());
        assertThat(states.journeyOf(placed.orderId())).extracting(OrderStateStore.JourneyStep::step)
                .containsSubsequence("SALES_ORDER_WRITTEN", "WRITTEN_BACK_TO_TIKTOK");
    }

    @Test
    void anUnknownSkuParksTheOrderUntilItsMappingArrives() {
        PlacedOrder placed = place(US_SHOP, "TEE-BLK-S", 1);

        ingestAndFlush();

        OrderState parked = states.find(US_SHOP, placed.orderId()).orElseThrow();
        assertThat(parked.stage()).isEqualTo(OrderState.Stage.PARKED);
        assertThat(parked.reasons()).singleElement().asString().contains("seller SKU TEE-BLK-S")
                .contains("no NetSuite item mapping yet");
        assertThat(salesOrders(US_SHOP, placed.orderId())).isEmpty();

        mapSku(US_SHOP, "TEE-BLK-S", "3006");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            flusher.flushOnce();
            return states.find(US_SHOP, placed.orderId()).orElseThrow().stage() == OrderState.Stage.WRITTEN;
        });
        assertThat(salesOrders(US_SHOP, placed.orderId())).hasSize(1);
    }

    @Test
    void oneBadOrderInABatchOfFiftyLeavesFortyNineSalesOrders() {
        mapAndWait(US_SHOP, "MUG-WHT-11", "3001");
        mapAndWait(US_SHOP, "MUG-TRV-PRE", "999999"); // an item NetSuite does not have
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            good.add(place(US_SHOP, "MUG-WHT-11", 1).orderId());
        }
        String bad = place(US_SHOP, "MUG-TRV-PRE", 1).orderId();

        ingestAndFlush();

        assertThat(good).allSatisfy(orderId -> assertThat(salesOrders(US_SHOP, orderId)).hasSize(1));
        assertThat(salesOrders(US_SHOP, bad)).isEmpty();
        OrderState parked = states.find(US_SHOP, bad).orElseThrow();
        assertThat(parked.stage()).isEqualTo(OrderState.Stage.PARKED);
        assertThat(parked.reasons()).singleElement().asString().startsWith("NetSuite refused the Sales Order");
    }

    @Test
    void aPartialCancellationClosesOnlyTheCancelledUnits() {
        mapAndWait(US_SHOP, "MUG-WHT-11", "3001");
        PlacedOrder placed = place(US_SHOP, "MUG-WHT-11", 3);
        ingestAndFlush();

        TIKTOK.control().cancel(placed.orderId(), List.of(placed.lineItemIds().get(2)), "SELLER", "out of stock");
        ingestAndFlush();

        SalesOrder order = salesOrders(US_SHOP, placed.orderId()).get(0);
        assertThat(order.getItemList().getItem()).extracting(SalesOrderItem::getQuantity,
                        line -> Boolean.TRUE.equals(line.isIsClosed()))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(new BigDecimal("2"), false),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("1"), true));
    }

    @Test
    void salesOrderTotalsTieOutWithTikTokToTheCentInTwoCurrencies() {
        mapAndWait(US_SHOP, "TEE-BLK-M", "3002");
        mapAndWait(UK_SHOP, "TEE-UK-BLK-M", "3005");
        PlacedOrder us = place(US_SHOP, "TEE-BLK-M", 3);
        PlacedOrder uk = place(UK_SHOP, "TEE-UK-BLK-M", 2);

        ingestAndFlush();

        for (PlacedOrder placed : List.of(us, uk)) {
            Order order = snapshots.find(placed.shopId(), placed.orderId()).orElseThrow();
            SalesOrder salesOrder = salesOrders(placed.shopId(), placed.orderId()).get(0);
            BigDecimal merchantRevenue = order.totals().subTotal().plus(order.totals().platformDiscount()).amount();
            BigDecimal shipping = order.totals().originalShippingFee().minus(order.totals().shippingSellerDiscount())
                    .amount();
            assertThat(lineTotal(salesOrder)).as(placed.currency() + " lines").isEqualByComparingTo(merchantRevenue);
            assertThat(salesOrder.getShippingCost()).as(placed.currency() + " shipping").isEqualByComparingTo(shipping);
        }
    }

    @Test
    void aLostAnswerAndConcurrencyFaultsStillLeaveExactlyOneSalesOrder() {
        mapAndWait(US_SHOP, "MUG-WHT-11", "3001");
        PlacedOrder placed = place(US_SHOP, "MUG-WHT-11", 1);
        NETSUITE.faults().inject(FaultRule.once("upsertList", FaultKind.REQUEST_BLOCKED));
        NETSUITE.faults().inject(FaultRule.once("upsertList", FaultKind.LOSE_RESPONSE_AFTER_COMMIT));

        ingestAndFlush();

        assertThat(salesOrders(US_SHOP, placed.orderId())).hasSize(1);
        assertThat(states.find(US_SHOP, placed.orderId()).orElseThrow().stage()).isEqualTo(OrderState.Stage.WRITTEN);
        assertThat(NETSUITE.faults().fired()).isGreaterThanOrEqualTo(2);
    }

    /**
     * NetSuite commits the Sales Order but every answer is lost, so the hub does not know it exists; then the
     * buyer cancels. Taking the order for one never written would leave an open Sales Order holding stock.
     */
    @Test
    void aCancellationAfterALostAnswerClosesTheSalesOrderNetSuiteHolds() {
        mapAndWait(US_SHOP, "MUG-WHT-11", "3001");
        PlacedOrder placed = place(US_SHOP, "MUG-WHT-11", 2);
        NETSUITE.faults().inject(new FaultRule("upsertList", FaultKind.LOSE_RESPONSE_AFTER_COMMIT, 20, 0));
        shops.all().forEach(poller::pollOnce);
        flusher.flushOnce();
        NETSUITE.faults().clear();
        assertThat(salesOrders(US_SHOP, placed.orderId())).hasSize(1);
        assertThat(states.find(US_SHOP, placed.orderId()).map(OrderState::stage)).isNotEqualTo(
                java.util.Optional.of(OrderState.Stage.WRITTEN));

        TIKTOK.control().cancel(placed.orderId(), List.of(), "BUYER", "Changed my mind");
        ingestAndFlush();

        List<SalesOrder> found = salesOrders(US_SHOP, placed.orderId());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).getItemList().getItem()).allSatisfy(line -> assertThat(line.isIsClosed()).isTrue());
    }
}
