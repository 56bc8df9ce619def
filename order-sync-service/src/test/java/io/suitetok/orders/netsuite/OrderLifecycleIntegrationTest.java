package io.suitetok.orders.netsuite;

import static io.suitetok.orders.netsuite.OrderSyncFixtures.UK_SHOP;
import static io.suitetok.orders.netsuite.OrderSyncFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import com.netsuite.webservices.lists.relationships_2025_2.Customer;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.orders.OrderSyncApplication;
import io.suitetok.orders.ingest.OrderPoller;
import io.suitetok.orders.store.OrderState;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Buyer;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.tiktok.spring.TikTokShops;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The lifecycle edges of a Sales Order: ON_HOLD waits, an address change updates the same order, and a
 * shop that books each buyer to a customer of their own (the UK shop here) makes one per buyer.
 */
@EmbeddedHubTest
@SpringBootTest(classes = OrderSyncApplication.class)
class OrderLifecycleIntegrationTest {

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());

    @DynamicPropertySource
    static void simulators(DynamicPropertyRegistry registry) {
        OrderSyncFixtures.register(registry, TIKTOK, NETSUITE, "lifecycle_test_tokens.shop_token");
        registry.add("hub.orders.fulfilments.enabled", () -> "false");
        registry.add("hub.orders.shops[1].customers", () -> "PER_BUYER");
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
    OrderStateStore states;
    @Autowired
    SkuMappingReplica skuMappings;
    @Autowired
    TikTokShops shops;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventCodec codec;

    @BeforeEach
    void mapSkus() {
        for (String[] sku : new String[][] {{US_SHOP, "MUG-WHT-11", "3001"}, {UK_SHOP, "MUG-UK-WHT", "3004"}}) {
            OrderSyncFixtures.mapAndAwait(publisher, codec, skuMappings, sku[0], sku[1], sku[2]);
        }
    }

    @Test
    void anOnHoldOrderWaitsAndBecomesASalesOrderOnceTikTokReleasesIt() {
        PlacedOrder placed = TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, Item.of("MUG-WHT-11", 1)).heldOnHold());

        ingestAndFlush(US_SHOP);
        OrderState held = states.find(US_SHOP, placed.orderId()).orElseThrow();
        List<SalesOrder> whileHeld = salesOrders(US_SHOP, placed.orderId());
        TIKTOK.control().advanceOrder(placed.orderId(), OrderStatus.AWAITING_SHIPMENT);
        ingestAndFlush(US_SHOP);

        assertThat(held.stage()).isEqualTo(OrderState.Stage.WAITING);
        assertThat(held.reasons()).containsExactly("TikTok status ON_HOLD");
        assertThat(whileHeld).isEmpty();
        assertThat(salesOrders(US_SHOP, placed.orderId())).hasSize(1);
        assertThat(states.find(US_SHOP, placed.orderId()).orElseThrow().stage()).isEqualTo(OrderState.Stage.WRITTEN);
    }

    @Test
    void anAddressChangeUpdatesTheSameSalesOrder() {
        PlacedOrder placed = TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, Item.of("MUG-WHT-11", 1)));
        ingestAndFlush(US_SHOP);
        String before = salesOrders(US_SHOP, placed.orderId()).get(0).getShippingAddress().getAddr1();

        TIKTOK.control().updateAddress(placed.orderId(), new Buyer("Ann Lee", "(+1)5125550199", null,
                "500 Congress Ave", "Austin", "Texas", "78701", false));
        ingestAndFlush(US_SHOP);

        List<SalesOrder> after = salesOrders(US_SHOP, placed.orderId());
        assertThat(after).hasSize(1);
        assertThat(after.get(0).getShippingAddress().getAddr1()).isEqualTo("500 Congress Ave").isNotEqualTo(before);
        assertThat(after.get(0).getShippingAddress().getCity()).isEqualTo("Austin");
        assertThat(states.journeyOf(placed.orderId())).filteredOn(step -> step.step().equals("SALES_ORDER_WRITTEN"))
                .hasSize(2);
    }

    @Test
    void aPerBuyerShopMakesOneCustomerPerBuyerAndBooksGuestsToTheDefault() {
        Buyer returning = Buyer.returning("7494003000000000777", "Priya Shah");
        // Seller-shipped, so TikTok shows the recipient's name unmasked.
        PlacedOrder first = TIKTOK.control().placeOrder(OrderRequest.of(UK_SHOP, Item.of("MUG-UK-WHT", 1))
                .withShipping("SELLER", new BigDecimal("2.99"), null, null).withBuyer(returning));
        PlacedOrder second = TIKTOK.control().placeOrder(OrderRequest.of(UK_SHOP, Item.of("MUG-UK-WHT", 2))
                .withBuyer(returning));
        PlacedOrder guest = TIKTOK.control().placeOrder(OrderRequest.of(UK_SHOP, Item.of("MUG-UK-WHT", 1))
                .withBuyer(Buyer.guestBuyer()));

        ingestAndFlush(UK_SHOP);
        PlacedOrder third = TIKTOK.control().placeOrder(OrderRequest.of(UK_SHOP, Item.of("MUG-UK-WHT", 1))
                .withBuyer(returning));
        ingestAndFlush(UK_SHOP);

        List<Customer> buyers = NETSUITE.account().records(Customer.class).stream()
                .filter(c -> c.getExternalId() != null && c.getExternalId().startsWith("TTS-BUYER-")).toList();
        assertThat(buyers).singleElement().satisfies(customer -> {
            assertThat(customer.getExternalId()).isEqualTo("TTS-BUYER-" + UK_SHOP + "-7494003000000000777");
            assertThat(customer.getFirstName()).isEqualTo("Priya");
            assertThat(customer.getLastName()).isEqualTo("Shah");
            assertThat(customer.getSubsidiary().getInternalId()).isEqualTo("20");
        });
        String buyerId = buyers.get(0).getInternalId();
        for (PlacedOrder order : List.of(first, second, third)) {
            assertThat(salesOrders(UK_SHOP, order.orderId())).singleElement()
                    .satisfies(so -> assertThat(so.getEntity().getInternalId()).isEqualTo(buyerId));
        }
        // A guest checkout has no TikTok relay e-mail: no account to make a customer of.
        assertThat(salesOrders(UK_SHOP, guest.orderId())).singleElement()
                .satisfies(so -> assertThat(so.getEntity().getInternalId()).isEqualTo("502"));
    }

    private void ingestAndFlush(String shop) {
        OrderSyncFixtures.ingestAndFlush(orders, flusher, List.of(shops.context(shop)));
    }

    private static List<SalesOrder> salesOrders(String shop, String orderId) {
        return OrderSyncFixtures.salesOrders(NETSUITE, shop, orderId);
    }
}
