package io.suitetok.runtime.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.model.catalog.SkuMapping;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokProductId;
import io.suitetok.model.id.TikTokSkuId;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.runtime.support.CatalogEvents;
import io.suitetok.runtime.support.RuntimeTestApplication;
import io.suitetok.testkit.EmbeddedHubTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

@EmbeddedHubTest
@SpringBootTest(classes = {RuntimeTestApplication.class, SkuMappingReplicaIntegrationTest.Observers.class},
        properties = {"hub.catalog-mappings.enabled=true", "hub.catalog-mappings.consumer=test-sku-mappings"})
class SkuMappingReplicaIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SHOP = "7495012345678901234";

    @Autowired
    EventPublisher publisher;
    @Autowired
    EventCodec codec;
    @Autowired
    SkuMappingReplica replica;
    @Autowired
    RecordingObserver observer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMappingDeliveredTwiceIsStoredAndObservedOnce() {
        EventEnvelope event = event(mapping("MUG-WHT-11", "3001", "1729384756", "1729384756001", ListingStatus.LIVE));
        // Same key, so the same partition: once this one is processed, the duplicate before it was handled.
        EventEnvelope deactivated = event(mapping("MUG-WHT-11", "3001", "1729384756", "1729384756001",
                ListingStatus.DEACTIVATED));

        publisher.publishAndWait(HubTopic.CATALOG_SKU_MAPPINGS, event, WAIT);
        publisher.publishAndWait(HubTopic.CATALOG_SKU_MAPPINGS, event, WAIT);
        publisher.publishAndWait(HubTopic.CATALOG_SKU_MAPPINGS, deactivated, WAIT);

        await().atMost(WAIT).until(() -> processedMarkers(deactivated) == 1);
        MappedSku live = new MappedSku(SHOP, "MUG-WHT-11", "3001", "1729384756", "1729384756001", ListingStatus.LIVE);
        MappedSku gone = new MappedSku(SHOP, "MUG-WHT-11", "3001", "1729384756", "1729384756001",
                ListingStatus.DEACTIVATED);
        assertThat(observer.callsFor("MUG-WHT-11")).containsExactly(new Call(Optional.empty(), live),
                new Call(Optional.of(live), gone));
        assertThat(processedMarkers(event)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from catalog_sku_mapping where seller_sku = 'MUG-WHT-11'",
                Integer.class)).isEqualTo(1);
        assertThat(replica.find(SHOP, "MUG-WHT-11")).contains(gone);
        assertThat(gone.pushable()).isFalse();
        assertThat(gone.listedElsewhereThan(live)).isFalse();
    }

    @Test
    void aRemappedSkuIsObservedWithWhatItWasBefore() {
        MappedSku first = new MappedSku(SHOP, "TEE-BLK-M", "4001", "1729000000", "1729000000001", ListingStatus.LIVE);
        MappedSku moved = new MappedSku(SHOP, "TEE-BLK-M", "4002", "1729111111", "1729111111001", ListingStatus.LIVE);

        publishAndAwait(mapping("TEE-BLK-M", "4001", "1729000000", "1729000000001", ListingStatus.LIVE));
        publishAndAwait(mapping("TEE-BLK-M", "4002", "1729111111", "1729111111001", ListingStatus.LIVE));

        assertThat(observer.callsFor("TEE-BLK-M")).containsExactly(new Call(Optional.empty(), first),
                new Call(Optional.of(first), moved));
        assertThat(moved.listedElsewhereThan(first)).isTrue();
        assertThat(replica.find(SHOP, "TEE-BLK-M")).contains(moved);
        assertThat(replica.sellerSkusOf(SHOP, "4001")).isEmpty();
        assertThat(replica.sellerSkusOf(SHOP, "4002")).containsExactly("TEE-BLK-M");
    }

    @Test
    void anObserverFailureRollsBackTheStoredMappingAndTheEventIsProcessedAgain() {
        EventEnvelope event = event(mapping("FLAKY-CAP-RED", "5001", "1729222222", "1729222222001", ListingStatus.LIVE));

        publisher.publishAndWait(HubTopic.CATALOG_SKU_MAPPINGS, event, WAIT);

        await().atMost(WAIT).until(() -> processedMarkers(event) == 1);
        MappedSku stored = new MappedSku(SHOP, "FLAKY-CAP-RED", "5001", "1729222222", "1729222222001",
                ListingStatus.LIVE);
        // Had the first attempt's write outlived its failure, the retry would have seen it as "before".
        assertThat(observer.callsFor("FLAKY-CAP-RED")).containsExactly(new Call(Optional.empty(), stored),
                new Call(Optional.empty(), stored));
        assertThat(replica.find(SHOP, "FLAKY-CAP-RED")).contains(stored);
    }

    @Test
    void queriesAnswerWhatOrderInventoryAndPricingAsk() {
        String shop = "7495099999999999999";
        replica.save(new SkuMapping(new ShopId(shop), new SellerSku("SOCK-S"), new NetSuiteInternalId("6001"),
                new TikTokProductId("1730000000"), new TikTokSkuId("1730000000001"), ListingStatus.LIVE));
        replica.save(new SkuMapping(new ShopId(shop), new SellerSku("SOCK-M"), new NetSuiteInternalId("6002"),
                new TikTokProductId("1730000000"), new TikTokSkuId("1730000000002"), ListingStatus.LIVE));
        replica.save(new SkuMapping(new ShopId(shop), new SellerSku("SOCK-L"), new NetSuiteInternalId("6003"),
                new TikTokProductId("1730000000"), new TikTokSkuId("1730000000003"), ListingStatus.DEACTIVATED));
        replica.save(new SkuMapping(new ShopId(shop), new SellerSku("SOCK-XL"), new NetSuiteInternalId("6004"),
                new TikTokProductId("1730000000"), null, ListingStatus.LIVE));
        replica.save(new SkuMapping(new ShopId(shop), new SellerSku("SOCK-PACK"), new NetSuiteInternalId("6001"),
                new TikTokProductId("1730000099"), new TikTokSkuId("1730000099001"), ListingStatus.LIVE));

        assertThat(replica.pushableSkusOfProduct(shop, "1730000000")).extracting(MappedSku::sellerSku)
                .containsExactly("SOCK-M", "SOCK-S");
        assertThat(replica.pushableSkusOfProduct("7495000000000000000", "1730000000")).isEmpty();
        assertThat(replica.sellerSkusOf(shop, "6001")).containsExactly("SOCK-PACK", "SOCK-S");
        assertThat(replica.itemsOf(shop, List.of("SOCK-S", "SOCK-PACK", "SOCK-M", "NOT-MAPPED")))
                .containsExactlyInAnyOrder("6001", "6002");
        assertThat(replica.ofItems(List.of("6001"))).extracting(MappedSku::sellerSku)
                .containsExactly("SOCK-PACK", "SOCK-S");
        assertThat(replica.mappedItems()).contains("6001", "6002", "6003", "6004").doesNotHaveDuplicates();
        assertThat(replica.itemOf(shop, "NOT-MAPPED")).isEmpty();
    }

    private void publishAndAwait(SkuMapping mapping) {
        EventEnvelope event = event(mapping);
        publisher.publishAndWait(HubTopic.CATALOG_SKU_MAPPINGS, event, WAIT);
        await().atMost(WAIT).until(() -> processedMarkers(event) == 1);
    }

    private EventEnvelope event(SkuMapping mapping) {
        String sku = mapping.sellerSku().value();
        return codec.envelope(CatalogEvents.SkuMappingChanged, "catalog-sync-service", sku, sku, mapping.shopId(),
                mapping);
    }

    private static SkuMapping mapping(String sku, String item, String product, String tiktokSku, ListingStatus status) {
        return new SkuMapping(new ShopId(SHOP), new SellerSku(sku), new NetSuiteInternalId(item),
                product == null ? null : new TikTokProductId(product), tiktokSku == null ? null : new TikTokSkuId(tiktokSku),
                status);
    }

    private int processedMarkers(EventEnvelope event) {
        return jdbc.queryForObject("select count(*) from inbox where consumer = 'test-sku-mappings' and message_id = ?",
                Integer.class, event.eventId());
    }

    record Call(Optional<MappedSku> before, MappedSku now) {
    }

    /** Records every call; fails the first call for a SKU starting with FLAKY, after recording it. */
    static class RecordingObserver implements SkuMappingObserver {

        private final List<Call> calls = new CopyOnWriteArrayList<>();
        private final AtomicBoolean failedOnce = new AtomicBoolean();

        @Override
        public void mapped(Optional<MappedSku> before, MappedSku now) {
            calls.add(new Call(before, now));
            if (now.sellerSku().startsWith("FLAKY") && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("the service's reaction failed for " + now.sellerSku());
            }
        }

        List<Call> callsFor(String sellerSku) {
            return calls.stream().filter(call -> call.now().sellerSku().equals(sellerSku)).toList();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Observers {

        @Bean
        RecordingObserver recordingObserver() {
            return new RecordingObserver();
        }
    }
}
