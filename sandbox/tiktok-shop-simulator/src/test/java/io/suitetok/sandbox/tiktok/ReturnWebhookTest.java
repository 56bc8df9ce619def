package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.sandbox.tiktok.webhooks.DeliveryPolicy;
import io.suitetok.tiktok.model.order.ReturnStatus;
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

/** Every return state change goes out as a signed type-12 webhook the client reads into a typed event. */
class ReturnWebhookTest {

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
