package io.suitetok.catalog.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.catalog.CatalogSyncApplication;
import io.suitetok.catalog.listing.CatalogSync;
import io.suitetok.catalog.listing.PublishOutcome;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.TopicRecords;
import io.suitetok.tiktok.webhook.WebhookSignatureVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The catalogue flow against both simulators, a real PostgreSQL and a real Kafka. */
@EmbeddedHubTest
@SpringBootTest(classes = CatalogSyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogSyncIntegrationTest {

    static final String US_SHOP = CatalogTestProperties.US_SHOP;
    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());
    static final ImageServer IMAGES = ImageServer.start();

    @DynamicPropertySource
    static void simulators(DynamicPropertyRegistry registry) {
        CatalogTestProperties.register(registry, TIKTOK, NETSUITE, "tt_" + UUID.randomUUID().toString().substring(0, 8));
    }

    @AfterAll
    static void stopSimulators() {
        TIKTOK.close();
        NETSUITE.close();
        IMAGES.close();
    }

    @Autowired
    CatalogSync sync;
    @Autowired
    HubTopicNames topics;
    @LocalServerPort
    int port;

    private Map<String, String> material(String value) {
        return Map.of("custitem_material", value, "custitem_tiktok_image_urls",
                IMAGES.url(800, 800, "front-" + value + ".png") + "\n" + IMAGES.url(1000, 1000, "back-" + value + ".png"),
                "custitem_pkg_length", "10", "custitem_pkg_width", "8", "custitem_pkg_height", "2",
                "custitem_pkg_dimension_unit", "in");
    }

    @Test
    void aMatrixItemWithThreeSizesBecomesOneProductWithThreeSkus() {
        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("5100", "TEE-ORG", "Organic Cotton Tee",
                "Apparel", true, material("Cotton"), "S", "M", "L")));

        CatalogSync.Summary summary = sync.publishItems(List.of("5100"));

        assertThat(summary.outcomes()).containsEntry(PublishOutcome.CREATED, 1);
        ProductState product = productWithSku("TEE-ORG-M");
        assertThat(product.skus()).extracting(sku -> sku.sellerSku())
                .containsExactlyInAnyOrder("TEE-ORG-S", "TEE-ORG-M", "TEE-ORG-L");
        assertThat(mappingEventsOnceRelayed("TEE-ORG-", found -> found.size() >= 3)).hasSize(3);
    }

    @Test
    void anItemMissingARequiredAttributeIsParkedWithThatReasonAndPublishesNothing() throws Exception {
        NETSUITE.account().seed(NetSuiteItems.seed(List.of(NetSuiteItems.plain("5200", "MUG-STONE",
                "Stoneware Mug", "Mugs", Map.of("custitem_tiktok_image_urls", IMAGES.url(900, 900, "mug.png"))))));
        long createsBefore = TIKTOK.control().callCount("create_product");

        CatalogSync.Summary summary = sync.publishItems(List.of("5200"));

        assertThat(summary.outcomes()).containsEntry(PublishOutcome.PARKED, 1);
        assertThat(TIKTOK.control().callCount("create_product")).isEqualTo(createsBefore);
        String parked = get("/catalog/parked");
        assertThat(parked).contains("MUG-STONE").contains("requires the attribute 'Material'");
        assertThat(mappingEvents("MUG-STONE")).isEmpty();
    }

    @Test
    void anUnchangedItemCausesNoTikTokCall() {
        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("5300", "TEE-LIN", "Linen Tee", "Apparel",
                true, material("Linen"), "M", "L")));
        assertThat(sync.publishItems(List.of("5300")).outcomes()).containsEntry(PublishOutcome.CREATED, 1);
        TIKTOK.control().clearCalls();

        CatalogSync.Summary again = sync.publishItems(List.of("5300"));

        assertThat(again.outcomes()).containsEntry(PublishOutcome.UNCHANGED, 1);
        assertThat(TIKTOK.control().calls()).isEmpty();
    }

    @Test
    void anInactiveItemIsDeactivatedNotDeleted() {
        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("5400", "TEE-HMP", "Hemp Tee", "Apparel",
                true, material("Hemp"), "M")));
        sync.publishItems(List.of("5400"));
        String productId = productWithSku("TEE-HMP-M").productId();

        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("5400", "TEE-HMP", "Hemp Tee", "Apparel",
                false, material("Hemp"), "M")));
        CatalogSync.Summary summary = sync.publishItems(List.of("5400"));

        assertThat(summary.outcomes()).containsEntry(PublishOutcome.DEACTIVATED, 1);
        assertThat(TIKTOK.control().product(productId).status()).isEqualTo("SELLER_DEACTIVATED");
        assertThat(TIKTOK.control().callCount("delete_products")).isZero();
        assertThat(mappingEventsOnceRelayed("TEE-HMP-M", found -> lastContains(found, "DEACTIVATED")))
                .extracting(record -> new String(record.value())).last().asString()
                .contains("\"listingStatus\":\"DEACTIVATED\"");
    }

    @Test
    void anExistingTikTokListingIsLinkedNotDuplicated() {
        long productsBefore = TIKTOK.control().products(US_SHOP).size();
        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("5500", "TEE-BLK", "SuiteTok Classic Tee",
                "Apparel", true, material("Cotton blend"), "S", "M", "L")));

        CatalogSync.Summary summary = sync.publishItems(List.of("5500"));

        assertThat(summary.outcomes()).containsEntry(PublishOutcome.LINKED, 1);
        assertThat(TIKTOK.control().products(US_SHOP)).hasSize((int) productsBefore);
        assertThat(mappingEventsOnceRelayed("TEE-BLK-", found -> found.size() >= 3)).hasSize(3)
                .allSatisfy(record -> assertThat(new String(record.value())).contains("\"tiktokSkuId\""));
    }

    @Test
    void thePollPublishesWhatNetSuiteChangedAndTheNextPollTouchesNothingUnchanged() {
        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("5800", "TEE-PLL", "Polled Tee", "Apparel",
                true, material("Bamboo"), "S", "M")));

        CatalogSync.Summary first = sync.pollOnce();
        TIKTOK.control().clearCalls();
        CatalogSync.Summary second = sync.pollOnce();

        assertThat(productWithSku("TEE-PLL-S").skus()).hasSize(2);
        assertThat(first.transientFailures()).isZero();
        assertThat(second.outcomes()).doesNotContainKeys(PublishOutcome.CREATED, PublishOutcome.EDITED);
        assertThat(TIKTOK.control().callCount("create_product") + TIKTOK.control().callCount("partial_edit_product"))
                .isZero();
    }

    @Test
    void aReactivatedItemIsActivatedAgain() {
        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("5900", "TEE-BCK", "Comeback Tee", "Apparel",
                true, material("Wool"), "M")));
        sync.publishItems(List.of("5900"));
        String productId = productWithSku("TEE-BCK-M").productId();
        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("5900", "TEE-BCK", "Comeback Tee", "Apparel",
                false, material("Wool"), "M")));
        sync.publishItems(List.of("5900"));

        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("5900", "TEE-BCK", "Comeback Tee", "Apparel",
                true, material("Wool"), "M")));
        CatalogSync.Summary back = sync.publishItems(List.of("5900"));

        assertThat(back.outcomes()).containsEntry(PublishOutcome.EDITED, 1);
        assertThat(TIKTOK.control().product(productId).status()).isNotEqualTo("SELLER_DEACTIVATED");
        assertThat(TIKTOK.control().products(US_SHOP)).filteredOn(product -> product.skus().stream()
                .anyMatch(sku -> "TEE-BCK-M".equals(sku.sellerSku()))).hasSize(1);
    }

    @Test
    void anAuditOutcomeArrivingAsAWebhookMakesTheListingLive() throws Exception {
        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("5700", "TEE-AUD", "Audited Tee", "Apparel",
                true, material("Modal"), "M")));
        sync.publishItems(List.of("5700"));
        String productId = productWithSku("TEE-AUD-M").productId();
        byte[] webhook = ("{\"type\":5,\"tts_notification_id\":\"" + UUID.randomUUID() + "\",\"shop_id\":\""
                + US_SHOP + "\",\"timestamp\":1764150000,\"data\":{\"product_id\":" + productId
                + ",\"status\":\"PRODUCT_STATUS_CHANGED\",\"update_time\":1764150000}}").getBytes();
        String signature = new WebhookSignatureVerifier(TIKTOK.clientConfig().appKey(),
                TIKTOK.clientConfig().appSecret()).signatureOf(webhook);

        assertThat(post("/webhooks/tiktok/products", webhook, "0".repeat(64))).isEqualTo(401);
        assertThat(post("/webhooks/tiktok/products", webhook, signature)).isEqualTo(200);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> get("/catalog/items/5700")
                .contains("\"status\":\"LIVE\""));
        assertThat(mappingEventsOnceRelayed("TEE-AUD-M", found -> lastContains(found, "LIVE")))
                .extracting(record -> new String(record.value())).last().asString()
                .contains("\"listingStatus\":\"LIVE\"");
    }

    private int post(String path, byte[] body, String signature) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", signature).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private ProductState productWithSku(String sellerSku) {
        return TIKTOK.control().products(US_SHOP).stream()
                .filter(product -> product.skus().stream().anyMatch(sku -> sellerSku.equals(sku.sellerSku())))
                .reduce((first, second) -> {
                    throw new AssertionError(sellerSku + " is on more than one TikTok product");
                }).orElseThrow(() -> new AssertionError("no TikTok product has " + sellerSku));
    }

    /** Mapping events go through the outbox, so they reach Kafka a moment after the sync returns. */
    private List<ConsumerRecord<String, byte[]>> mappingEventsOnceRelayed(String keyPrefix,
            java.util.function.Predicate<List<ConsumerRecord<String, byte[]>>> arrived) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> mappingEvents(keyPrefix),
                arrived);
    }

    private static boolean lastContains(List<ConsumerRecord<String, byte[]>> found, String listingStatus) {
        return !found.isEmpty() && new String(found.get(found.size() - 1).value())
                .contains("\"listingStatus\":\"" + listingStatus + "\"");
    }

    private List<ConsumerRecord<String, byte[]>> mappingEvents(String keyPrefix) {
        return TopicRecords.read(topics.name(HubTopic.CATALOG_SKU_MAPPINGS), 0, Duration.ofSeconds(3),
                Duration.ZERO).stream().filter(record -> record.key().startsWith(keyPrefix)).toList();
    }

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(io.suitetok.testkit.TestCallers.as("viewer", HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
