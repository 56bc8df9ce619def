package io.suitetok.orders.netsuite;

import static org.awaitility.Awaitility.await;

import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.tiktok.http.ShopContext;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.model.catalog.SkuMapping;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventType;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.orders.ingest.OrderPoller;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.kafka.EventPublisher;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A two-shop merchant: TikTok US (USD) and UK (GBP) mapped to two NetSuite subsidiaries. */
final class OrderSyncFixtures {

    static final String US_SHOP = "7495000000000000001";
    static final String UK_SHOP = "7495000000000000002";
    static final String US_WAREHOUSE = "7100000000000000011";
    static final String UK_WAREHOUSE = "7100000000000000021";
    /** The account Customer Refunds of TikTok returns are paid from (TikTok's clearing account). */
    static final String CLEARING_ACCOUNT = "1190";

    private OrderSyncFixtures() {
    }

    static void seedNetSuite(NetSuiteSimulator netsuite) {
        List<SeedRequest.Stock> usStock = List.of(new SeedRequest.Stock("101", new BigDecimal("500"), BigDecimal.ZERO));
        List<SeedRequest.Stock> ukStock = List.of(new SeedRequest.Stock("201", new BigDecimal("500"), BigDecimal.ZERO));
        netsuite.account().seed(new SeedRequest(
                List.of(new SeedRequest.Currency("1", "USD"), new SeedRequest.Currency("2", "GBP")),
                List.of(new SeedRequest.Subsidiary("10", "Acme US", "1"), new SeedRequest.Subsidiary("20", "Acme UK", "2")),
                List.of(new SeedRequest.Location("101", "Chicago DC", "10"), new SeedRequest.Location("201", "Midlands DC", "20")),
                List.of(),
                List.of(new SeedRequest.Customer("501", "TTS-DEFAULT-US", "TikTok Shop US buyers", null, null, null, "10",
                                "1", null),
                        new SeedRequest.Customer("502", "TTS-DEFAULT-UK", "TikTok Shop UK buyers", null, null, null, "20",
                                "2", null)),
                List.of(item("3001", "MUG-WHT-11", usStock), item("3002", "TEE-BLK-M", usStock),
                        item("3003", "MUG-TRV-PRE", usStock), item("3006", "TEE-BLK-S", usStock),
                        item("3004", "MUG-UK-WHT", ukStock),
                        item("3005", "TEE-UK-BLK-M", ukStock)),
                List.of()));
    }

    private static SeedRequest.Item item(String internalId, String itemId, List<SeedRequest.Stock> stock) {
        return new SeedRequest.Item(internalId, null, itemId, itemId, null, null, null, null, false, List.of(),
                List.of(), stock);
    }

    /** Reads the shops' orders from TikTok as the poll would, then flushes until no Sales Order waits. */
    static void ingestAndFlush(OrderPoller poller, SalesOrderFlusher flusher, List<ShopContext> shops) {
        shops.forEach(poller::pollOnce);
        while (flusher.flushOnce() > 0) {
            // until nothing waits
        }
    }

    /** The Sales Orders NetSuite holds for one TikTok order (by external id): exactly one, when all is well. */
    static List<SalesOrder> salesOrders(NetSuiteSimulator netsuite, String shop, String orderId) {
        String externalId = "TTS-" + shop + "-" + orderId;
        return netsuite.account().records(SalesOrder.class).stream()
                .filter(order -> externalId.equals(order.getExternalId())).toList();
    }

    /** Publishes a catalogue SKU mapping as catalog-sync-service would. */
    static void publishMapping(EventPublisher publisher, EventCodec codec, String shop, String sellerSku,
            String netsuiteItem) {
        SkuMapping mapping = new SkuMapping(new ShopId(shop), new SellerSku(sellerSku),
                new NetSuiteInternalId(netsuiteItem), null, null, ListingStatus.LIVE);
        publisher.publishAndWait(HubTopic.CATALOG_SKU_MAPPINGS, codec.envelope(SKU_MAPPING_CHANGED,
                "catalog-sync-service", sellerSku, sellerSku, mapping.shopId(), mapping), Duration.ofSeconds(10));
    }

    /** Publishes a mapping and waits until the service's own copy holds it (the listener is asynchronous). */
    static void mapAndAwait(EventPublisher publisher, EventCodec codec, SkuMappingReplica skuMappings, String shop,
            String sellerSku, String netsuiteItem) {
        publishMapping(publisher, codec, shop, sellerSku, netsuiteItem);
        await().atMost(Duration.ofSeconds(20)).until(() -> skuMappings.itemOf(shop, sellerSku)
                .filter(netsuiteItem::equals).isPresent());
    }

    private static final EventType SKU_MAPPING_CHANGED = new EventType() {
        public String name() {
            return "SkuMappingChanged";
        }

        public int schemaVersion() {
            return 1;
        }
    };

    static void register(DynamicPropertyRegistry registry, RunningSimulator tiktok, NetSuiteSimulator netsuite,
            String tokenTable) {
        registry.add("hub.orders.poll-enabled", () -> "false");
        registry.add("hub.orders.flush-enabled", () -> "false");
        registry.add("hub.orders.returns.enabled", () -> "false");
        registry.add("hub.orders.shops[0].shop-id", () -> US_SHOP);
        registry.add("hub.orders.shops[0].subsidiary", () -> "10");
        registry.add("hub.orders.shops[0].currency", () -> "1");
        registry.add("hub.orders.shops[0].default-customer", () -> "501");
        registry.add("hub.orders.shops[0].default-location", () -> "101");
        registry.add("hub.orders.shops[0].locations." + US_WAREHOUSE, () -> "101");
        registry.add("hub.orders.shops[1].shop-id", () -> UK_SHOP);
        registry.add("hub.orders.shops[1].subsidiary", () -> "20");
        registry.add("hub.orders.shops[1].currency", () -> "2");
        registry.add("hub.orders.shops[1].default-customer", () -> "502");
        registry.add("hub.orders.shops[1].default-location", () -> "201");
        registry.add("hub.orders.shops[1].locations." + UK_WAREHOUSE, () -> "201");
        tiktok.hubProperties(tokenTable).forEach((key, value) -> registry.add(key, () -> value));
        netsuite.hubProperties().forEach((key, value) -> registry.add(key, () -> value));
    }
}
