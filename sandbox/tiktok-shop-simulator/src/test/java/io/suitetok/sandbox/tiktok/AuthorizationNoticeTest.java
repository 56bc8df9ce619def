package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.sandbox.tiktok.webhooks.DeliveryPolicy;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.webhook.WebhookNotification;
import io.suitetok.tiktok.webhook.WebhookParser;
import io.suitetok.tiktok.webhook.WebhookSignatureVerifier;
import io.suitetok.tiktok.webhook.WebhookType;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks 6 and 7: a seller withdrawing the app, and an authorization about to expire. */
class AuthorizationNoticeTest {

    private RunningSimulator simulator;
    private SimulatorControl control;
    private WebhookReceiver receiver;
    private ConnectedClient connected;

    @BeforeEach
    void listen() throws IOException {
        simulator = SharedSimulator.fresh();
        control = simulator.control();
        receiver = new WebhookReceiver();
        control.setWebhookTarget(receiver.url());
        control.setDeliveryPolicy(DeliveryPolicy.defaults()
                .withRetries(Duration.ofMillis(500), List.of(Duration.ofMillis(100))));
        connected = ConnectedClient.to(simulator);
    }

    @AfterEach
    void stop() {
        receiver.close();
        control.reset();
    }

    private WebhookNotification onlyWebhook() {
        Eventually.within(Duration.ofSeconds(5), "one webhook", () -> receiver.received().size() == 1);
        WebhookReceiver.Received received = receiver.received().get(0);
        assertThat(new WebhookSignatureVerifier(simulator.settings().appKey(), simulator.settings().appSecret())
                .isAuthentic(received.body(), received.authorization())).isTrue();
        return WebhookParser.parse(received.body());
    }

    @Test
    void aDeauthorizedShopIsAnnouncedAndItsTokensNoLongerActForIt() {
        control.deauthorizeShop(ShopDirectory.US_SHOP_ID);

        WebhookNotification notice = onlyWebhook();
        assertThat(notice.type()).isEqualTo(WebhookType.SELLER_DEAUTHORIZATION);
        assertThat(notice.shopId()).isEqualTo(ShopDirectory.US_SHOP_ID);
        assertThat(notice.data().path("message").asString()).isNotBlank();
        // The client's token covered only this shop, so it stops working altogether (TikTok's invalid-token
        // 36009004); a seller-wide token would answer 101000 for this shop's cipher.
        assertThatThrownBy(() -> connected.client.shops().warehouses(connected.us))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> assertThat(e.code()).isIn(36009004L, 101000L));
        assertThat(connected.client.shops().warehouses(connected.uk)).as("the other shop").isNotEmpty();
    }

    @Test
    void anUpcomingExpiryCarriesItsTimeAsAStringOfEpochSeconds() {
        Instant expiry = Instant.ofEpochSecond(1767592200L);

        control.warnAuthorizationExpiry(ShopDirectory.UK_SHOP_ID, expiry);

        WebhookNotification notice = onlyWebhook();
        assertThat(notice.type()).isEqualTo(WebhookType.UPCOMING_AUTHORIZATION_EXPIRATION);
        assertThat(notice.data().get("expiration_time").isString()).isTrue();
        assertThat(notice.data().get("expiration_time").asString()).isEqualTo("1767592200");
        assertThat(connected.client.shops().warehouses(connected.uk)).as("still authorized until then").isNotEmpty();
    }
}
