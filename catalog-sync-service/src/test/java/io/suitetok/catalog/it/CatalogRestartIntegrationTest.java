package io.suitetok.catalog.it;

import org.awaitility.Awaitility;

import io.suitetok.model.catalog.ListingStatus;

import io.suitetok.catalog.store.ListingStore;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.catalog.CatalogSyncApplication;
import io.suitetok.catalog.listing.CatalogSync;
import io.suitetok.catalog.listing.PublishOutcome;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.testkit.EmbeddedHubApplication;
import io.suitetok.testkit.IsolationName;
import io.suitetok.testkit.TopicRecords;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The catalogue across restarts and lost answers: each test crashes the service at the worst moment. */
class CatalogRestartIntegrationTest {

    private static final String ISOLATION = IsolationName.of(CatalogRestartIntegrationTest.class);
    private static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    private static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());
    private static final ImageServer IMAGES = ImageServer.start();

    private ConfigurableApplicationContext service;

    @AfterEach
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @AfterAll
    static void stopSimulators() {
        TIKTOK.close();
        NETSUITE.close();
        IMAGES.close();
    }

    private CatalogSync start(String... more) {
        List<String> arguments = new ArrayList<>(List.of(CatalogTestProperties.asArguments(TIKTOK, NETSUITE,
                ISOLATION + "_tokens")));
        arguments.addAll(List.of(more));
        service = EmbeddedHubApplication.start(CatalogSyncApplication.class, ISOLATION,
                arguments.toArray(String[]::new));
        return service.getBean(CatalogSync.class);
    }

    private Map<String, String> listingFields(String name) {
        return Map.of("custitem_material", "Cotton", "custitem_tiktok_image_urls", IMAGES.url(800, 800, name + ".png"));
    }

    @Test
    void eachMappingIsPublishedOncePerChangeEvenWhenTheServiceRestartsMidBatch() {
        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("6100", "TEE-RST", "Restart Tee", "Apparel",
                true, listingFields("rst"), "S", "M")));
        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("6200", "TEE-RUN", "Second Tee", "Apparel",
                true, listingFields("run"), "S", "M")));

        start().publishItems(List.of("6100"));
        service.close(); // crash: the batch of both items got through the first only

        CatalogSync.Summary rerun = start().publishItems(List.of("6100", "6200"));

        assertThat(rerun.outcomes()).containsEntry(PublishOutcome.UNCHANGED, 1).containsEntry(PublishOutcome.CREATED, 1);
        Map<String, Long> eventsPerSku = TopicRecords.read(ISOLATION + "." + HubTopic.CATALOG_SKU_MAPPINGS.topicName(),
                4, Duration.ofSeconds(30), Duration.ofSeconds(2)).stream()
                .filter(record -> record.key().startsWith("TEE-RST") || record.key().startsWith("TEE-RUN"))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertThat(eventsPerSku).containsOnly(Map.entry("TEE-RST-S", 1L), Map.entry("TEE-RST-M", 1L),
                Map.entry("TEE-RUN-S", 1L), Map.entry("TEE-RUN-M", 1L));
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFoundAgainInsteadOfListedTwice() {
        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("6300", "TEE-LOST", "Lost Answer Tee",
                "Apparel", true, listingFields("lost"), "M")));
        CatalogSync sync = start();
        TIKTOK.control().answerLateAfterCommit("create_product", 1, Duration.ofSeconds(4));

        CatalogSync.Summary first = sync.publishItems(List.of("6300"));
        CatalogSync.Summary second = sync.publishItems(List.of("6300"));

        assertThat(first.transientFailures()).isEqualTo(1);
        assertThat(second.outcomes()).containsEntry(PublishOutcome.LINKED, 1);
        assertThat(TIKTOK.control().products(CatalogTestProperties.US_SHOP)).filteredOn(product -> product.skus()
                .stream().anyMatch(sku -> "TEE-LOST-M".equals(sku.sellerSku()))).hasSize(1);
    }

    @Test
    void anAuditDecidedWhileTheServiceWasDownIsReadBackByTheAuditPollAfterItsRestart() {
        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("6400", "TEE-AUD", "Audited Tee",
                "Apparel", true, listingFields("aud"), "M")));
        TIKTOK.control().setManualAudit(true);
        try {
            start().publishItems(List.of("6400"));
            String productId = TIKTOK.control().products(CatalogTestProperties.US_SHOP).stream()
                    .filter(product -> product.skus().stream().anyMatch(sku -> "TEE-AUD-M".equals(sku.sellerSku())))
                    .findFirst().orElseThrow().productId();
            service.close(); // down: TikTok's audit webhook (none subscribed here) finds no one, its retries run out

            TIKTOK.control().decideAudit(productId, true, null);
            start("--hub.catalog.audit-poll-interval=1s");

            ListingStore listings = service.getBean(ListingStore.class);
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(listings.findByProduct(
                    CatalogTestProperties.US_SHOP, productId).orElseThrow().status()).isEqualTo(ListingStatus.LIVE));
        } finally {
            TIKTOK.control().setManualAudit(false);
        }
    }
}
