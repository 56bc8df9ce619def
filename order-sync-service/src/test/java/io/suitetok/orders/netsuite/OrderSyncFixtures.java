package io.suitetok.orders.netsuite;

import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.model.catalog.SkuMapping;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventType;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.topic.HubTopic;
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

    /** Publishes a catalogue SKU mapping as catalog-sync-service would. */
    static void publishMapping(EventPublisher publisher, EventCodec codec, String shop, String sellerSku,
            String netsuiteItem) {
        SkuMapping mapping = new SkuMapping(new ShopId(shop), new SellerSku(sellerSku),
                new NetSuiteInternalId(netsuiteItem), null, null, ListingStatus.LIVE);
        publisher.publishAndWait(HubTopic.CATALOG_SKU_MAPPINGS, codec.envelope(SKU_MAPPING_CHANGED,
                "catalog-sync-service", sellerSku, sellerSku, mapping.shopId(), mapping), Duration.ofSeconds(10));
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
        registry.add("hub.tiktok.app-key", () -> tiktok.clientConfig().appKey());
        registry.add("hub.tiktok.app-secret", () -> tiktok.clientConfig().appSecret());
        registry.add("hub.tiktok.api-base-url", tiktok::baseUrl);
        registry.add("hub.tiktok.auth-base-url", tiktok::baseUrl);
        registry.add("hub.tiktok.token-table", () -> tokenTable);
        registry.add("hub.tiktok.shops[0].id", () -> US_SHOP);
        registry.add("hub.tiktok.shops[0].cipher", () -> "TTP_sandbox_us_cipher_0001");
        registry.add("hub.tiktok.shops[0].auth-code", () -> "sandbox-auth-code-us");
        registry.add("hub.tiktok.shops[1].id", () -> UK_SHOP);
        registry.add("hub.tiktok.shops[1].cipher", () -> "ROW_sandbox_uk_cipher_0002");
        registry.add("hub.tiktok.shops[1].auth-code", () -> "sandbox-auth-code-uk");
        registry.add("hub.netsuite.account-id", () -> netsuite.credentials().accountId());
        registry.add("hub.netsuite.consumer-key", () -> netsuite.credentials().consumerKey());
        registry.add("hub.netsuite.consumer-secret", () -> netsuite.credentials().consumerSecret());
        registry.add("hub.netsuite.token-id", () -> netsuite.credentials().tokenId());
        registry.add("hub.netsuite.token-secret", () -> netsuite.credentials().tokenSecret());
        registry.add("hub.netsuite.endpoint", () -> netsuite.soapEndpoint().toString());
    }
}
