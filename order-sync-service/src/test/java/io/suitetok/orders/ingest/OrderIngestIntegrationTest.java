package io.suitetok.orders.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.suitetok.model.order.Order;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.orders.OrderSyncApplication;
import io.suitetok.orders.store.OrderSnapshotStore;
import io.suitetok.orders.webhook.SignedWebhooks;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.TopicRecords;
import io.suitetok.tiktok.auth.ShopDeauthorizedException;
import io.suitetok.tiktok.spring.TikTokShops;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** From TikTok's notifications (or their absence) to one newest snapshot per order on orders.v1. */
@EmbeddedHubTest
@SpringBootTest(classes = OrderSyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderIngestIntegrationTest {

    static final String US_SHOP = "7495000000000000001";
    static final String UK_SHOP = "7495000000000000002";
    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());

    @DynamicPropertySource
    static void tiktok(DynamicPropertyRegistry registry) {
        registry.add("hub.orders.poll-enabled", () -> "false");
        registry.add("hub.orders.flush-enabled", () -> "false");
        registry.add("hub.netsuite.account-id", () -> "TSTDRV0000001");
        registry.add("hub.netsuite.endpoint", () -> "http://127.0.0.1:9/services/NetSuitePort_2025_2");
        for (String secret : new String[] {"consumer-key", "consumer-secret", "token-id", "token-secret"}) {
            registry.add("hub.netsuite." + secret, () -> "unused");
        }
        registry.add("hub.tiktok.app-key", () -> TIKTOK.clientConfig().appKey());
        registry.add("hub.tiktok.app-secret", () -> TIKTOK.clientConfig().appSecret());
        registry.add("hub.tiktok.api-base-url", TIKTOK::baseUrl);
        registry.add("hub.tiktok.auth-base-url", TIKTOK::baseUrl);
        registry.add("hub.tiktok.token-table", () -> "order_ingest_test_tokens.shop_token");
        registry.add("hub.tiktok.shops[0].id", () -> US_SHOP);
        registry.add("hub.tiktok.shops[0].cipher", () -> "TTP_sandbox_us_cipher_0001");
        registry.add("hub.tiktok.shops[0].auth-code", () -> "sandbox-auth-code-us");
        registry.add("hub.tiktok.shops[1].id", () -> UK_SHOP);
        registry.add("hub.tiktok.shops[1].cipher", () -> "ROW_sandbox_uk_cipher_0002");
        registry.add("hub.tiktok.shops[1].auth-code", () -> "sandbox-auth-code-uk");
    }

    @AfterAll
    static void stopSimulator() {
        TIKTOK.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    HubTopicNames topics;
    @Autowired
    OrderSnapshotStore snapshots;
    @Autowired
    OrderPoller poller;
    @Autowired
    TikTokShops shops;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    private PlacedOrder placeTwoMugs() {
        return TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP,
                io.suitetok.sandbox.tiktok.orders.OrderRequest.Item.of("MUG-WHT-11", 2)));
    }

    private List<ConsumerRecord<String, byte[]>> snapshotsOnKafka(String orderId, int expected) {
        return TopicRecords.read(topics.name(HubTopic.ORDERS), expected, Duration.ofSeconds(20), Duration.ofSeconds(1))
                .stream().filter(record -> orderId.equals(record.key())).toList();
    }

    @Test
    void theSameWebhookThreeTimesAndShuffledStatusesLeaveOneSnapshotOnOrdersTopic() throws Exception {
        PlacedOrder order = placeTwoMugs();
        SignedWebhooks webhooks = new SignedWebhooks(port, TIKTOK.clientConfig().appKey(),
                TIKTOK.clientConfig().appSecret());
        long now = Instant.now().getEpochSecond();
        List<String> deliveries = new ArrayList<>(List.of(
                SignedWebhooks.orderStatus(US_SHOP, order.orderId(), "AWAITING_SHIPMENT", now),
                SignedWebhooks.orderStatus(US_SHOP, order.orderId(), "AWAITING_SHIPMENT", now),
                SignedWebhooks.orderStatus(US_SHOP, order.orderId(), "AWAITING_SHIPMENT", now),
                SignedWebhooks.orderStatus(US_SHOP, order.orderId(), "UNPAID", now - 60)));
        Collections.shuffle(deliveries, new Random(7));

        for (String delivery : deliveries) {
            assertThat(webhooks.post(delivery).statusCode()).isEqualTo(200);
        }

        assertThat(snapshotsOnKafka(order.orderId(), 1)).hasSize(1);
        assertThat(snapshots.find(US_SHOP, order.orderId())).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(OrderStatus.AWAITING_SHIPMENT);
            assertThat(stored.unitCount()).isEqualTo(2);
        });
    }

    @Test
    void anOrderWhoseWebhookNeverCameIsFoundByPolling() {
        PlacedOrder order = placeTwoMugs();

        int newer = poller.pollOnce(shops.context(US_SHOP));

        assertThat(newer).isGreaterThanOrEqualTo(1);
        assertThat(snapshots.find(US_SHOP, order.orderId())).isPresent();
        assertThat(snapshotsOnKafka(order.orderId(), 1)).hasSize(1);
        assertThat(poller.pollOnce(shops.context(US_SHOP))).as("nothing new the second time").isZero();
    }

    @Test
    void anOlderSnapshotNeverOverwritesANewerOne() {
        PlacedOrder placed = placeTwoMugs();
        poller.pollOnce(shops.context(US_SHOP));
        Order newest = snapshots.find(US_SHOP, placed.orderId()).orElseThrow();
        Order older = new Order(newest.shopId(), newest.orderId(), OrderStatus.UNPAID, newest.kind(),
                newest.createTime(), newest.updateTime().minusSeconds(30), newest.currency(), newest.buyer(),
                newest.delivery(), newest.lines(), newest.totals());

        assertThat(snapshots.saveIfNewer(older)).isFalse();
        assertThat(snapshots.saveIfNewer(newest)).as("the same update_time is not newer").isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> snapshots.find(US_SHOP, placed.orderId()).orElseThrow()
                .status() == OrderStatus.AWAITING_SHIPMENT);
    }

    @Test
    void aPackageUpdateWithoutNotificationIdRefreshesEveryOrderOfItsPackages() throws Exception {
        PlacedOrder first = placeTwoMugs();
        PlacedOrder second = placeTwoMugs();
        SignedWebhooks webhooks = new SignedWebhooks(port, TIKTOK.clientConfig().appKey(),
                TIKTOK.clientConfig().appSecret());

        assertThat(webhooks.post(SignedWebhooks.packageUpdate(US_SHOP, Instant.now().getEpochSecond(),
                "1153000000000000101", first.orderId(), second.orderId())).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> snapshots.find(US_SHOP, first.orderId()).isPresent()
                && snapshots.find(US_SHOP, second.orderId()).isPresent());
    }

    @Test
    void aDeauthorizedShopIsNotCalledAnyMoreAndSaysWhy() throws Exception {
        SignedWebhooks webhooks = new SignedWebhooks(port, TIKTOK.clientConfig().appKey(),
                TIKTOK.clientConfig().appSecret());

        assertThat(webhooks.post(SignedWebhooks.sellerDeauthorization(UK_SHOP, Instant.now().getEpochSecond()))
                .statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThatThrownBy(() -> poller.pollOnce(shops.context(UK_SHOP)))
                        .isInstanceOf(ShopDeauthorizedException.class).hasMessageContaining(UK_SHOP));
        assertThat(poller.pollOnce(shops.context(US_SHOP))).as("the other shop still works").isNotNegative();
    }

    @Test
    void aBurstOfNotificationsIsReadWithAFewTikTokCallsNotOnePerOrder() throws Exception {
        TIKTOK.control().stock(US_SHOP).stream().filter(sku -> sku.sellerSku().equals("MUG-WHT-11")).findFirst()
                .orElseThrow().stock().keySet().forEach(warehouse ->
                        TIKTOK.control().editStockInSellerCenter(US_SHOP, "MUG-WHT-11", warehouse, 1_000));
        List<PlacedOrder> orders = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            orders.add(placeTwoMugs());
        }
        SignedWebhooks webhooks = new SignedWebhooks(port, TIKTOK.clientConfig().appKey(),
                TIKTOK.clientConfig().appSecret());
        long now = Instant.now().getEpochSecond();
        MessageListenerContainer container = listeners.getListenerContainer(OrderNotificationListener.CONSUMER);
        container.stop();
        try {
            for (int i = 0; i < orders.size(); i++) {
                // each its own notification id (the id embeds the time), as TikTok's are
                assertThat(webhooks.post(SignedWebhooks.orderStatus(US_SHOP, orders.get(i).orderId(),
                        "AWAITING_SHIPMENT", now + i)).statusCode()).isEqualTo(200);
            }
            TIKTOK.control().clearCalls();
        } finally {
            container.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> orders.stream()
                .allMatch(order -> snapshots.find(US_SHOP, order.orderId()).isPresent()));
        assertThat(TIKTOK.control().callCount("order_detail"))
                .as("order detail calls for 120 waiting notifications (one per order before batching)")
                .isBetween(3L, 20L);
    }

    @Test
    void anUnreadableRecordAmongNotificationsGoesToTheDeadLetterTopicAndTheOthersAreAllHandled() throws Exception {
        PlacedOrder first = placeTwoMugs();
        PlacedOrder second = placeTwoMugs();
        SignedWebhooks webhooks = new SignedWebhooks(port, TIKTOK.clientConfig().appKey(),
                TIKTOK.clientConfig().appSecret());
        long now = Instant.now().getEpochSecond();
        String topic = topics.name(HubTopic.TIKTOK_ORDER_NOTIFICATIONS);
        MessageListenerContainer container = listeners.getListenerContainer(OrderNotificationListener.CONSUMER);
        container.stop();
        try {
            // All three are keyed by the first order (a package update is keyed by its first order), so they
            // share a partition and arrive in this order within one poll.
            assertThat(webhooks.post(SignedWebhooks.orderStatus(US_SHOP, first.orderId(), "AWAITING_SHIPMENT", now))
                    .statusCode()).isEqualTo(200);
            int partition = TopicRecords.read(topic, 1, Duration.ofSeconds(10), Duration.ZERO).stream()
                    .filter(record -> first.orderId().equals(record.key())).findFirst().orElseThrow().partition();
            TopicRecords.send(topic, partition, first.orderId(),
                    "{\"eventId\": not json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(webhooks.post(SignedWebhooks.packageUpdate(US_SHOP, now + 1, "1153000000000000202",
                    first.orderId(), second.orderId())).statusCode()).isEqualTo(200);
        } finally {
            container.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> snapshots.find(US_SHOP, first.orderId()).isPresent()
                && snapshots.find(US_SHOP, second.orderId()).isPresent());
        assertThat(TopicRecords.read(topic + ".DLT", 1, Duration.ofSeconds(20), Duration.ZERO).stream()
                .filter(record -> first.orderId().equals(record.key())).map(record -> new String(record.value(),
                        java.nio.charset.StandardCharsets.UTF_8)))
                .containsExactly("{\"eventId\": not json");
    }
}
