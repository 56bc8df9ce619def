package io.suitetok.tiktok.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.model.id.ShopId;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.webhook.WebhookNotification;
import io.suitetok.tiktok.webhook.WebhookParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Webhooks 6 and 7 change what the hub does for the shop, not just a log line. */
class AuthorizationNoticesTest {

    private static final Instant NOW = Instant.ofEpochSecond(1765000000L);
    private static final ShopId US = new ShopId("7495000000000000001");
    private static final ShopId UK = new ShopId("7495000000000000002");

    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AuthorizationNotices notices = new AuthorizationNotices(store, meters);
    // Port 9 answers nothing: a test that reached TikTok's auth host would fail loudly.
    private final AccessTokens tokens = new AccessTokens(store, new AuthClient(TikTokClientConfig.production("k", "s")
            .withBaseUrls("http://127.0.0.1:9", "http://127.0.0.1:9"), new OkHttpClient()),
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(1));

    private static WebhookNotification fixture(String name) throws IOException {
        return WebhookParser.parse(Files.readAllBytes(Path.of("src/test/resources/fixtures/webhooks", name)));
    }

    private static TokenPair validPair(String access) {
        return new TokenPair(access, NOW.plus(Duration.ofDays(3)), "refresh-" + access, NOW.plus(Duration.ofDays(300)));
    }

    @Test
    void aDeauthorizedShopGetsNoMoreCallsUntilTheSellerAuthorizesAgain() throws IOException {
        store.save(US, validPair("us-token"));
        store.save(UK, validPair("uk-token"));

        assertThat(notices.handle(fixture("seller-deauthorization.json"))).isTrue();

        assertThatThrownBy(() -> tokens.accessTokenFor(US)).isInstanceOf(ShopDeauthorizedException.class)
                .hasMessageContaining("7495000000000000001").hasMessageContaining("authorize the app again");
        assertThat(tokens.accessTokenFor(UK)).as("the other shop is untouched").isEqualTo("uk-token");
        assertThat(meters.counter("tiktok.authorization.revoked", "shop", US.value()).count()).isEqualTo(1);

        store.save(US, validPair("us-token-after-reauthorization"));
        assertThat(tokens.accessTokenFor(US)).isEqualTo("us-token-after-reauthorization");
    }

    @Test
    void anUpcomingExpiryIsPublishedForAlertingAndLeavesTheShopWorking() throws IOException {
        store.save(US, validPair("us-token"));

        assertThat(notices.handle(fixture("upcoming-authorization-expiration.json"))).isTrue();

        assertThat(meters.get("tiktok.authorization.expires_at").tag("shop", US.value()).gauge().value())
                .isEqualTo(1767592200d);
        assertThat(meters.counter("tiktok.authorization.expiry_warnings", "shop", US.value()).count()).isEqualTo(1);
        assertThat(tokens.accessTokenFor(US)).isEqualTo("us-token");
    }

    @Test
    void anOrderNotificationIsNotAnAuthorizationNotice() throws IOException {
        assertThat(notices.handle(fixture("package-update-combined.json"))).isFalse();
        assertThat(AuthorizationNotices.isAuthorizationNotice(4)).isFalse();
    }
}
