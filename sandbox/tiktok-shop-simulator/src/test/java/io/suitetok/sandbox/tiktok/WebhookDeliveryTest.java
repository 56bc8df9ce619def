package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.sandbox.tiktok.webhooks.DeliveryPolicy;
import io.suitetok.sandbox.tiktok.webhooks.WebhookDelivery;
import io.suitetok.tiktok.model.order.ReturnStatus;
import io.suitetok.tiktok.model.shop.WebhookSubscription;
import io.suitetok.tiktok.webhook.ReturnStatusChange;
import io.suitetok.tiktok.webhook.WebhookNotification;
import io.suitetok.tiktok.webhook.WebhookParser;
import io.suitetok.tiktok.webhook.WebhookSignatureVerifier;
import io.suitetok.tiktok.webhook.WebhookType;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks: TikTok's envelope and signature, at least once, with duplicates, reordering and retries;
 * every return state change as a signed type-12 webhook.
 */
class WebhookDeliveryTest {

    private static final String US = ShopDirectory.US_SHOP_ID;
    private static final DeliveryPolicy FAST = DeliveryPolicy.defaults()
            .withRetries(Duration.ofMillis(500), List.of(Duration.ofMillis(100), Duration.ofMillis(100)));

    private RunningSimulator simulator;
    private SimulatorControl control;
    private WebhookReceiver receiver;
    private WebhookSignatureVerifier verifier;

    @BeforeEach
    void listen() throws IOException {
        simulator = SharedSimulator.fresh();
        control = simulator.control();
        receiver = new WebhookReceiver();
        control.setWebhookTarget(receiver.url());
        control.setDeliveryPolicy(FAST);
        verifier = new WebhookSignatureVerifier(simulator.settings().appKey(), simulator.settings().appSecret());
    }

    @AfterEach
    void stop() {
        receiver.close();
        control.reset();
    }

    @Test
    void anOrderStatusChangeArrivesSignedInTikToksEnvelope() {
        String orderId = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 1))).orderId();

        Eventually.within(Duration.ofSeconds(5), "one webhook", () -> receiver.received().size() == 1);
        WebhookReceiver.Received received = receiver.received().get(0);
        assertThat(verifier.isAuthentic(received.body(), received.authorization())).isTrue();
        assertThat(received.contentType()).startsWith("application/json");
        assertThat(received.text()).startsWith("{\"type\":1,\"tts_notification_id\":\"");
        WebhookNotification notification = WebhookParser.parse(received.body());
        assertThat(notification.type()).isEqualTo(1);
        assertThat(notification.shopId()).isEqualTo(US);
        assertThat(notification.orderId()).isEqualTo(orderId);
        assertThat(notification.orderStatus().name()).isEqualTo("AWAITING_SHIPMENT");
        assertThat(notification.notificationId()).isNotBlank();
        assertThat(notification.updateTime()).isPositive();
        assertThat(control.webhooks()).singleElement().satisfies(d -> {
            assertThat(d.state()).isEqualTo("DELIVERED");
            assertThat(d.attempts()).singleElement().satisfies(a -> assertThat(a.httpStatus()).isEqualTo(200));
        });
    }

    @Test
    void duplicatesAreTheSameNotificationSentAgain() {
        control.setDeliveryPolicy(FAST.withDuplicates(1.0, 2));

        control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 1)));

        Eventually.within(Duration.ofSeconds(5), "three copies", () -> receiver.received().size() == 3);
        List<String> ids = receiver.received().stream().map(r -> WebhookParser.parse(r.body()).notificationId())
                .distinct().toList();
        assertThat(ids).hasSize(1);
        assertThat(receiver.received()).allSatisfy(r -> assertThat(verifier.isAuthentic(r.body(), r.authorization()))
                .isTrue());
        assertThat(control.webhooks()).extracting(WebhookDelivery.View::copy).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeGetsTheNotificationAgain() {
        receiver.answerSlowly(1, Duration.ofMillis(1_500));

        control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 1)));

        Eventually.within(Duration.ofSeconds(10), "delivered on a retry",
                () -> control.webhooks().stream().anyMatch(d -> d.state().equals("DELIVERED")));
        WebhookDelivery.View delivery = control.webhooks().get(0);
        assertThat(delivery.attempts()).hasSize(2);
        assertThat(delivery.attempts().get(0).httpStatus()).isZero();
        assertThat(delivery.attempts().get(0).error()).contains("no answer within 500 ms");
        assertThat(delivery.attempts().get(1).httpStatus()).isEqualTo(200);
        assertThat(receiver.received()).hasSize(2);
        assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
    }

    @Test
    void byDefaultTheReceiverHasThreeSecondsToAnswer() {
        control.setDeliveryPolicy(DeliveryPolicy.defaults().withRetries(Duration.ofSeconds(3),
                List.of(Duration.ofMillis(50))));
        receiver.answerSlowly(1, Duration.ofMillis(3_600));

        control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 1)));

        Eventually.within(Duration.ofSeconds(10), "delivered on the retry",
                () -> control.webhooks().stream().anyMatch(d -> d.state().equals("DELIVERED")));
        WebhookDelivery.Attempt first = control.webhooks().get(0).attempts().get(0);
        assertThat(first.error()).contains("no answer within 3000 ms");
        assertThat(first.durationMillis()).isBetween(2_900L, 3_500L);
    }

    @Test
    void anUnreachableReceiverIsGivenUpAfterTheRetrySchedule() {
        control.setWebhookTarget("http://127.0.0.1:9/unreachable");

        control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 1)));

        Eventually.within(Duration.ofSeconds(5), "given up",
                () -> control.webhooks().stream().anyMatch(d -> d.state().equals("GAVE_UP")));
        assertThat(control.webhooks().get(0).attempts()).hasSize(3);
    }

    @Test
    void aShopSubscriptionTakesThatEventToItsOwnAddress() throws IOException {
        ConnectedClient connected = ConnectedClient.to(simulator);
        try (WebhookReceiver subscribed = new WebhookReceiver()) {
            connected.client.shops().subscribe(connected.us, new WebhookSubscription("ORDER_STATUS_CHANGE",
                    subscribed.url()));

            String orderId = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 2))).orderId();
            control.cancel(orderId, List.of(), "BUYER", null);

            Eventually.within(Duration.ofSeconds(5), "status changes at the subscribed address",
                    () -> subscribed.received().size() == 2);
            Eventually.within(Duration.ofSeconds(5), "the cancellation at the app address",
                    () -> receiver.received().size() == 1);
            assertThat(connected.client.shops().webhooks(connected.us)).singleElement()
                    .satisfies(s -> assertThat(s.address()).isEqualTo(subscribed.url()));
            assertThat(WebhookParser.parse(receiver.received().get(0).body()).type()).isEqualTo(11);
            assertThat(subscribed.received()).extracting(r -> WebhookParser.parse(r.body()).orderStatus().name())
                    .containsExactlyInAnyOrder("AWAITING_SHIPMENT", "CANCELLED");
            assertThat(Transports.codeOf(() -> connected.client.shops().subscribe(connected.us,
                    new WebhookSubscription("NOT_AN_EVENT", subscribed.url())))).isEqualTo(36009004);
        }
    }

    @Test
    void notificationsCanComeWithoutTheirIdAndOutOfOrder() {
        control.setDeliveryPolicy(FAST.withNotificationId(false).withTiming(Duration.ZERO, Duration.ofMillis(400)));
        List<String> placed = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            placed.add(control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-M", 1))).orderId());
        }

        Eventually.within(Duration.ofSeconds(5), "ten webhooks", () -> receiver.received().size() == 10);
        List<WebhookNotification> arrived = receiver.received().stream().map(r -> WebhookParser.parse(r.body()))
                .toList();
        assertThat(arrived).allSatisfy(n -> {
            assertThat(n.notificationId()).isNull();
            assertThat(n.dedupeKey()).startsWith("derived:" + US + ":1:");
        });
        assertThat(arrived).extracting(WebhookNotification::orderId).containsExactlyInAnyOrderElementsOf(placed)
                .isNotEqualTo(placed);
    }

    @Test
    void aSplitPackageIsAnnouncedAsAPackageUpdateNamingItsOrderInThePackageList() {
        var placed = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-M", 2)));
        Eventually.within(Duration.ofSeconds(5), "the order's webhook", () -> receiver.received().size() == 1);

        String newPackage = control.splitPackage(placed.orderId(), List.of(placed.lineItemIds().get(1)));

        Eventually.within(Duration.ofSeconds(5), "the package update", () -> receiver.received().size() == 2);
        WebhookReceiver.Received received = receiver.received().get(1);
        assertThat(verifier.isAuthentic(received.body(), received.authorization())).isTrue();
        WebhookNotification update = WebhookParser.parse(received.body());
        assertThat(update.type()).isEqualTo(4);
        assertThat(update.orderId()).as("no data.order_id on a package update").isNull();
        assertThat(update.orderIds()).containsExactly(placed.orderId());
        assertThat(update.data().path("sc_type").asString()).isEqualTo("SPLIT");
        assertThat(update.data().path("package_list").findValuesAsString("package_id")).contains(newPackage)
                .hasSize(2);
    }

    @Test
    void eachStepOfAReturnIsASignedReturnStatusChange() {
        PlacedOrder placed = control.placeOrder(OrderRequest.of(ShopDirectory.UK_SHOP_ID,
                Item.of("TEE-UK-BLK-L", 2)));
        control.advanceOrder(placed.orderId(), OrderStatus.DELIVERED);
        String returnId = control.createReturn(placed.orderId(), List.of(placed.lineItemIds().get(1)),
                "RETURN_AND_REFUND", "Wrong colour");
        control.approveReturn(returnId, false);
        control.markReturnShipped(returnId, "RM123456785GB", "Royal Mail");
        control.markReturnReceived(returnId);
        control.completeReturn(returnId);

        Eventually.within(Duration.ofSeconds(10), "five return webhooks", () -> returnChanges().size() == 5);
        List<ReturnStatusChange> changes = returnChanges();
        assertThat(changes).extracting(ReturnStatusChange::returnStatus).containsExactlyInAnyOrder(
                ReturnStatus.RETURN_OR_REFUND_REQUEST_PENDING, ReturnStatus.AWAITING_BUYER_SHIP,
                ReturnStatus.BUYER_SHIPPED_ITEM, ReturnStatus.BUYER_SHIPPED_ITEM,
                ReturnStatus.RETURN_OR_REFUND_REQUEST_COMPLETE);
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.returnId()).isEqualTo(returnId);
            assertThat(change.orderId()).isEqualTo(placed.orderId());
            assertThat(change.shopId()).isEqualTo(ShopDirectory.UK_SHOP_ID);
            assertThat(change.returnType()).isEqualTo("RETURN_AND_REFUND");
            assertThat(change.returnRole()).isEqualTo("BUYER");
            assertThat(change.createTime()).isPositive();
        });
        assertThat(changes.stream().map(ReturnStatusChange::updateTime).distinct()).hasSize(5);
        assertThat(receiver.received()).allSatisfy(r -> assertThat(verifier.isAuthentic(r.body(),
                r.authorization())).isTrue());
    }

    private List<ReturnStatusChange> returnChanges() {
        return receiver.received().stream().map(r -> WebhookParser.parse(r.body()))
                .filter(n -> n.type() == WebhookType.RETURN_STATUS_CHANGE)
                .map(WebhookNotification::returnStatusChange).toList();
    }
}
