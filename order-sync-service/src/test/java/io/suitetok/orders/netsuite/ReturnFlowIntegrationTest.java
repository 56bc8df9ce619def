package io.suitetok.orders.netsuite;

import static io.suitetok.orders.netsuite.OrderSyncFixtures.UK_SHOP;
import static io.suitetok.orders.netsuite.OrderSyncFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.transactions.customers_2025_2.CreditMemo;
import com.netsuite.webservices.transactions.customers_2025_2.CustomerRefund;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorization;
import com.netsuite.webservices.transactions.customers_2025_2.ReturnAuthorizationItem;
import com.netsuite.webservices.transactions.purchases_2025_2.ItemReceipt;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.model.order.ReturnResult;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.orders.OrderSyncApplication;
import io.suitetok.orders.ingest.OrderPoller;
import io.suitetok.orders.returns.ReturnRefresher;
import io.suitetok.orders.returns.ReturnStore;
import io.suitetok.orders.returns.ReturnWriter;
import io.suitetok.orders.returns.StoredReturn;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.webhooks.DeliveryPolicy;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.TopicRecords;
import io.suitetok.tiktok.spring.TikTokShops;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * TikTok returns become NetSuite records, against both simulators: a partial return and refund is
 * authorised, received back into stock and credited for the returned unit only; a refund without a return
 * is a credit memo alone (in GBP); a rejected return closes its authorisation; a return for an order whose
 * Sales Order is parked waits for it; duplicated and shuffled webhooks write each record once.
 */
@EmbeddedHubTest
@SpringBootTest(classes = OrderSyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReturnFlowIntegrationTest {

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());
    static final String REFUND_ACCOUNT = OrderSyncFixtures.CLEARING_ACCOUNT;

    @DynamicPropertySource
    static void simulators(DynamicPropertyRegistry registry) {
        OrderSyncFixtures.register(registry, TIKTOK, NETSUITE, "return_test_tokens.shop_token");
        registry.add("hub.orders.shops[0].returns.refund-account", () -> REFUND_ACCOUNT);
        registry.add("hub.orders.shops[1].returns.refund-account", () -> REFUND_ACCOUNT);
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
    OrderPoller orders;
    @Autowired
    SalesOrderFlusher flusher;
    @Autowired
    ReturnRefresher refresher;
    @Autowired
    ReturnWriter writer;
    @Autowired
    ReturnStore returns;
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

    @BeforeEach
    void mapSkus() {
        for (String[] sku : new String[][] {{"TEE-BLK-M", "3002"}, {"MUG-WHT-11", "3001"}, {"MUG-UK-WHT", "3004"}}) {
            OrderSyncFixtures.mapAndAwait(publisher, codec, skuMappings, sku[0].startsWith("MUG-UK") ? UK_SHOP : US_SHOP,
                    sku[0], sku[1]);
        }
    }

    @Test
    void aPartialReturnIsAuthorisedReceivedBackIntoStockAndCreditedForTheReturnedUnitOnly() {
        PlacedOrder placed = delivered(US_SHOP, Item.of("TEE-BLK-M", 3));
        BigDecimal onHandBefore = onHand("3002", "101");
        String returnId = TIKTOK.control().createReturn(placed.orderId(), List.of(placed.lineItemIds().get(1)),
                "RETURN_AND_REFUND", "Too small");
        syncReturns(US_SHOP, placed);
        TIKTOK.control().approveReturn(returnId, false);
        TIKTOK.control().markReturnShipped(returnId, "RET-TRACK-1", "UPS");
        syncReturns(US_SHOP, placed);
        BigDecimal onHandBeforeReceipt = onHand("3002", "101");
        TIKTOK.control().markReturnReceived(returnId);
        syncReturns(US_SHOP, placed);
        TIKTOK.control().completeReturn(returnId);
        syncReturns(US_SHOP, placed);
        syncReturns(US_SHOP, placed);

        StoredReturn stored = returns.find(US_SHOP, returnId).orElseThrow();
        assertThat(stored.state()).isEqualTo(StoredReturn.DONE);
        ReturnAuthorization ra = one(ReturnAuthorization.class, "TTS-RA-" + US_SHOP + "-" + returnId);
        assertThat(ra.getItemList().getItem()).singleElement().satisfies(line -> {
            assertThat(line.getItem().getInternalId()).isEqualTo("3002");
            assertThat(line.getQuantity()).isEqualByComparingTo("1");
        });
        assertThat(customField(ra, "custbody_tts_return_tracking")).contains("RET-TRACK-1");
        one(ItemReceipt.class, "TTS-IR-" + US_SHOP + "-" + returnId);
        // Stock comes back only with the receipt: nothing while the parcel travelled, one unit after.
        assertThat(onHandBeforeReceipt).isEqualByComparingTo(onHandBefore);
        assertThat(onHand("3002", "101")).isEqualByComparingTo(onHandBefore.add(BigDecimal.ONE));
        CreditMemo memo = one(CreditMemo.class, "TTS-CM-" + US_SHOP + "-" + returnId);
        BigDecimal salePrice = salePrice(placed, placed.lineItemIds().get(1));
        // TikTok remits US sales tax: the memo credits what the merchant refunded of the goods, to the cent.
        assertThat(memo.getTotal()).isEqualByComparingTo(salePrice)
                .isEqualByComparingTo(stored.snapshot().refundTotal().subtract(stored.snapshot().refundTax()));
        assertThat(memo.getCreatedFrom().getInternalId()).isEqualTo(ra.getInternalId());
        assertThat(one(CustomerRefund.class, "TTS-CR-" + US_SHOP + "-" + returnId).getTotal())
                .isEqualByComparingTo(salePrice);
        assertThat(stored.creditedAmount()).isEqualByComparingTo(salePrice);
        ReturnResult announced = await().atMost(Duration.ofSeconds(20)).until(() -> returnsOnKafka(returnId),
                found -> found.stream().anyMatch(r -> r.creditMemoId() != null)).stream()
                .filter(r -> r.creditMemoId() != null).findFirst().orElseThrow();
        assertThat(announced.creditedAmount()).isEqualByComparingTo(salePrice);
        assertThat(announced.creditMemoId()).isEqualTo(memo.getInternalId());
        assertThat(announced.unitLineIds()).containsExactly(placed.lineItemIds().get(1));
        assertThat(announced.platformRefund()).isNotNull();
        assertThat(states.journeyOf(placed.orderId())).extracting(OrderStateStore.JourneyStep::step)
                .containsSubsequence("SALES_ORDER_WRITTEN", "RETURN_REQUESTED", "RETURN_AUTHORIZATION_WRITTEN",
                        "RETURN_SHIPPED_BY_BUYER", "RETURN_AUTHORIZATION_UPDATED", "RETURN_RECEIVED_BY_SELLER",
                        "RETURN_RECEIVED_IN_NETSUITE", "REFUNDED_BY_TIKTOK", "CREDIT_MEMO_WRITTEN",
                        "CUSTOMER_REFUND_WRITTEN");
    }

    @Test
    void aRefundWithoutAReturnIsACreditMemoAloneInTheShopsCurrency() {
        PlacedOrder placed = delivered(UK_SHOP, Item.of("MUG-UK-WHT", 2));
        String returnId = TIKTOK.control().createReturn(placed.orderId(), List.of(placed.lineItemIds().get(0)),
                "REFUND", "Arrived chipped");
        TIKTOK.control().approveReturn(returnId, true);
        syncReturns(UK_SHOP, placed);

        assertThat(withExternalId(ReturnAuthorization.class, "TTS-RA-" + UK_SHOP + "-" + returnId)).isEmpty();
        assertThat(withExternalId(ItemReceipt.class, "TTS-IR-" + UK_SHOP + "-" + returnId)).isEmpty();
        CreditMemo memo = one(CreditMemo.class, "TTS-CM-" + UK_SHOP + "-" + returnId);
        assertThat(memo.getCurrency().getInternalId()).isEqualTo("2");
        assertThat(memo.getCreatedFrom()).isNull();
        StoredReturn stored = returns.find(UK_SHOP, returnId).orElseThrow();
        assertThat(memo.getTotal()).isEqualByComparingTo(salePrice(placed, placed.lineItemIds().get(0)))
                .isEqualByComparingTo(stored.snapshot().refundTotal().subtract(stored.snapshot().refundTax()));
        one(CustomerRefund.class, "TTS-CR-" + UK_SHOP + "-" + returnId);
    }

    @Test
    void aRejectedReturnClosesItsAuthorisationAndCreditsNothing() {
        PlacedOrder placed = delivered(US_SHOP, Item.of("MUG-WHT-11", 1));
        String returnId = TIKTOK.control().createReturn(placed.orderId(), placed.lineItemIds(), "RETURN_AND_REFUND",
                "Changed my mind");
        syncReturns(US_SHOP, placed);
        TIKTOK.control().rejectReturn(returnId);
        syncReturns(US_SHOP, placed);

        ReturnAuthorization ra = one(ReturnAuthorization.class, "TTS-RA-" + US_SHOP + "-" + returnId);
        assertThat(ra.getItemList().getItem()).extracting(ReturnAuthorizationItem::isIsClosed).containsOnly(true);
        assertThat(withExternalId(CreditMemo.class, "TTS-CM-" + US_SHOP + "-" + returnId)).isEmpty();
        assertThat(states.journeyOf(placed.orderId())).extracting(OrderStateStore.JourneyStep::step)
                .containsSubsequence("RETURN_AUTHORIZATION_WRITTEN", "RETURN_REJECTED", "RETURN_AUTHORIZATION_CLOSED");
    }

    @Test
    void aReturnForAnOrderWhoseSalesOrderIsParkedWaitsAndIsWrittenOnceTheOrderIs() {
        PlacedOrder placed = delivered(US_SHOP, Item.of("TEE-BLK-S", 1));
        assertThat(states.find(US_SHOP, placed.orderId()).orElseThrow().stage().name()).isEqualTo("PARKED");
        String returnId = TIKTOK.control().createReturn(placed.orderId(), placed.lineItemIds(), "REFUND", "Faulty");
        TIKTOK.control().approveReturn(returnId, true);
        syncReturns(US_SHOP, placed);

        StoredReturn waiting = returns.find(US_SHOP, returnId).orElseThrow();
        assertThat(waiting.state()).isEqualTo(StoredReturn.WAITING_FOR_SALES_ORDER);
        assertThat(waiting.reasons()).singleElement().asString().contains("Sales Order not written yet");
        assertThat(returns.parked()).extracting(StoredReturn::returnId).contains(returnId);

        OrderSyncFixtures.mapAndAwait(publisher, codec, skuMappings, US_SHOP, "TEE-BLK-S", "3006");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            flusher.flushOnce();
            return states.find(US_SHOP, placed.orderId()).orElseThrow().stage().name().equals("WRITTEN");
        });
        writeReturns();

        assertThat(returns.find(US_SHOP, returnId).orElseThrow().state()).isEqualTo(StoredReturn.DONE);
        one(CreditMemo.class, "TTS-CM-" + US_SHOP + "-" + returnId);
    }

    @Test
    void duplicatedAndShuffledReturnWebhooksWriteEachRecordOnce() {
        PlacedOrder placed = delivered(US_SHOP, Item.of("MUG-WHT-11", 2));
        TIKTOK.control().setWebhookTarget("http://localhost:" + port + "/webhooks/tiktok");
        TIKTOK.control().setDeliveryPolicy(new DeliveryPolicy(Duration.ofSeconds(3), List.of(Duration.ofSeconds(1)),
                1.0, 3, Duration.ZERO, Duration.ofMillis(800), true, 7));
        try {
            String returnId = TIKTOK.control().createReturn(placed.orderId(), placed.lineItemIds(),
                    "RETURN_AND_REFUND", "Wrong colour");
            TIKTOK.control().approveReturn(returnId, false);
            TIKTOK.control().markReturnShipped(returnId, "RET-TRACK-9", "USPS");
            TIKTOK.control().markReturnReceived(returnId);
            TIKTOK.control().completeReturn(returnId);

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
                writeReturns();
                return returns.find(US_SHOP, returnId).map(r -> r.customerRefundId() != null).orElse(false);
            });
            writeReturns();

            for (Class<? extends Record> type : List.of(ReturnAuthorization.class, ItemReceipt.class, CreditMemo.class,
                    CustomerRefund.class)) {
                String prefix = Map.of(ReturnAuthorization.class, "RA", ItemReceipt.class, "IR", CreditMemo.class, "CM",
                        CustomerRefund.class, "CR").get(type);
                assertThat(withExternalId(type, "TTS-" + prefix + "-" + US_SHOP + "-" + returnId)).hasSize(1);
            }
            assertThat(returns.find(US_SHOP, returnId).orElseThrow().snapshot().status())
                    .isEqualTo("RETURN_OR_REFUND_REQUEST_COMPLETE");
            assertThat(TIKTOK.control().webhooks().size()).isGreaterThan(5);
        } finally {
            TIKTOK.control().setWebhookTarget(null);
            TIKTOK.control().setDeliveryPolicy(DeliveryPolicy.defaults());
        }
    }

    private PlacedOrder delivered(String shop, Item item) {
        OrderRequest request = OrderRequest.of(shop, item);
        PlacedOrder placed = TIKTOK.control().placeOrder(request);
        OrderSyncFixtures.ingestAndFlush(orders, flusher, List.of(shops.context(US_SHOP), shops.context(UK_SHOP)));
        TIKTOK.control().advanceOrder(placed.orderId(), OrderStatus.DELIVERED);
        return placed;
    }

    /** What the type-12 webhook would trigger: the order's returns read fresh, then the writer's rounds. */
    private void syncReturns(String shop, PlacedOrder placed) {
        refresher.refreshOrder(shops.context(shop), placed.orderId());
        writeReturns();
    }

    private void writeReturns() {
        while (writer.writeOnce() > 0) {
            // until nothing is settled
        }
    }

    private List<ReturnResult> returnsOnKafka(String returnId) {
        return TopicRecords.read(topics.name(HubTopic.ORDER_RETURNS), 1, Duration.ofSeconds(5), Duration.ofMillis(300))
                .stream().map(record -> codec.payload(codec.read(record.value()), ReturnResult.class))
                .filter(result -> result.returnId().equals(returnId)).toList();
    }

    private static BigDecimal onHand(String item, String location) {
        return NETSUITE.account().stock(item, location).orElseThrow().onHand();
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal salePrice(PlacedOrder placed, String lineId) {
        List<Map<String, Object>> lines = (List<Map<String, Object>>) TIKTOK.control().order(placed.orderId())
                .get("line_items");
        return lines.stream().filter(line -> lineId.equals(line.get("id"))).map(line -> new BigDecimal(
                String.valueOf(line.get("sale_price")))).findFirst().orElseThrow();
    }

    private static <T extends Record> T one(Class<T> type, String externalId) {
        List<T> found = withExternalId(type, externalId);
        assertThat(found).as(type.getSimpleName() + " " + externalId).hasSize(1);
        return found.get(0);
    }

    private static <T extends Record> List<T> withExternalId(Class<T> type, String externalId) {
        return NETSUITE.account().records(type).stream().filter(record -> externalId.equals(externalIdOf(record)))
                .toList();
    }

    private static String externalIdOf(Record record) {
        try {
            return (String) record.getClass().getMethod("getExternalId").invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String customField(Record record, String scriptId) {
        return NETSUITE.account().xml(record).contains(scriptId) ? NETSUITE.account().xml(record) : "";
    }
}
