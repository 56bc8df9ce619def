package io.suitetok.tiktok.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.error.RateLimitedException;
import io.suitetok.tiktok.error.SignatureInvalidException;
import io.suitetok.tiktok.error.TikTokServerException;
import io.suitetok.tiktok.error.ValidationException;
import io.suitetok.tiktok.http.TikTokTransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransportFailuresWireMockTest extends WireMockTikTokTest {

    private static final String WAREHOUSES = "/logistics/202309/warehouses";

    private void stubInSequence(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder first,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder then) {
        wireMock.stubFor(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("second"));
        wireMock.stubFor(get(urlPathEqualTo(path)).inScenario(path).whenScenarioStateIs("second").willReturn(then));
    }

    @Test
    void aThrottledCallIsRetriedAndSucceeds() {
        stubInSequence(WAREHOUSES, aResponse().withStatus(429).withBody(fixture("error-rate-limited.json")),
                okJson(success("{\"warehouses\":[{\"id\":\"1\"}]}")));

        assertThat(client.shops().warehouses(US)).hasSize(1);
        wireMock.verify(2, getRequestedFor(urlPathEqualTo(WAREHOUSES)));
    }

    @Test
    void anExpiredTokenIsRefreshedOnceAndTheCallSentAgainWithTheNewToken() {
        stubInSequence(WAREHOUSES, okJson(fixture("error-token-expired.json")),
                okJson(success("{\"warehouses\":[]}")));
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/token/refresh")).willReturn(okJson(fixture("token-refreshed.json"))));

        client.shops().warehouses(US);

        wireMock.verify(getRequestedFor(urlPathEqualTo("/api/v2/token/refresh"))
                .withQueryParam("refresh_token", equalTo("ROW_valid-refresh"))
                .withQueryParam("grant_type", equalTo("refresh_token")));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(WAREHOUSES))
                .withHeader("x-tts-access-token", equalTo("ROW_refreshed-access")));
        assertThat(tokens.find(US_SHOP)).hasValueSatisfying(pair -> {
            assertThat(pair.refreshToken()).isEqualTo("ROW_refreshed-refresh");
            assertThat(pair.accessExpiresAt().getEpochSecond()).isEqualTo(1800000000L);
        });
    }

    @Test
    void aRefusedSignatureIsNeverRetried() {
        wireMock.stubFor(get(urlPathEqualTo(WAREHOUSES))
                .willReturn(aResponse().withStatus(401).withBody(fixture("error-signature.json"))));

        assertThatThrownBy(() -> client.shops().warehouses(US)).isInstanceOf(SignatureInvalidException.class)
                .hasMessageContaining("106001").hasMessageContaining("20261126101508HHHH");
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(WAREHOUSES)));
    }

    @Test
    void aValidationErrorIsNeverRetriedAndKeepsTikToksMessage() {
        wireMock.stubFor(post(urlPathEqualTo("/product/202309/products/1/partial_edit"))
                .willReturn(okJson(fixture("error-validation.json"))));

        assertThatThrownBy(() -> client.products().partialEdit(US, "1", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("under review");
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/product/202309/products/1/partial_edit")));
    }

    @Test
    void aServerErrorThatIsNotTikToksEnvelopeIsRetriedThenSurfaced() {
        wireMock.stubFor(get(urlPathEqualTo(WAREHOUSES))
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));

        assertThatThrownBy(() -> client.shops().warehouses(US)).isInstanceOf(TikTokServerException.class)
                .hasMessageContaining("Bad Gateway");
        wireMock.verify(3, getRequestedFor(urlPathEqualTo(WAREHOUSES)));
    }

    @Test
    void aTimedOutReadIsRetriedButATimedOutCreateIsReportedAsUnknownOutcome() {
        TikTokShopClient impatient = new TikTokShopClient(new TikTokClientConfig(APP_KEY, APP_SECRET,
                wireMock.baseUrl(), wireMock.baseUrl(), Duration.ofSeconds(1), Duration.ofMillis(200), 100, Map.of(),
                Duration.ofSeconds(1), 2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMinutes(5)),
                tokens, Clock.fixed(NOW, ZoneOffset.UTC), new SimpleMeterRegistry());
        wireMock.stubFor(get(urlPathEqualTo(WAREHOUSES)).willReturn(okJson(success("{}")).withFixedDelay(1000)));
        wireMock.stubFor(post(urlPathEqualTo("/product/202309/products")).willReturn(okJson(success("{}"))
                .withFixedDelay(1000)));

        assertThatThrownBy(() -> impatient.shops().warehouses(US)).isInstanceOf(TikTokTransportException.class);
        assertThatThrownBy(() -> impatient.products().create(US, null))
                .isInstanceOfSatisfying(TikTokTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());

        // WireMock journals a request once its delayed answer has gone out, after the client gave up on it.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            wireMock.verify(2, getRequestedFor(urlPathEqualTo(WAREHOUSES)));
            wireMock.verify(1, postRequestedFor(urlPathEqualTo("/product/202309/products")));
        });
    }

    @Test
    void theLocalRateLimitHoldsCallsBackBeforeTheyReachTikTok() {
        wireMock.stubFor(get(urlPathEqualTo(WAREHOUSES)).willReturn(okJson(success("{\"warehouses\":[]}"))));
        TikTokShopClient noWait = new TikTokShopClient(new TikTokClientConfig(APP_KEY, APP_SECRET, wireMock.baseUrl(),
                wireMock.baseUrl(), Duration.ofSeconds(1), Duration.ofSeconds(5), 100, Map.of("warehouses", 1),
                Duration.ZERO, 1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofMinutes(5)), tokens,
                Clock.fixed(NOW, ZoneOffset.UTC), new SimpleMeterRegistry());

        assertThat(noWait.shops().warehouses(US)).isEmpty();

        assertThatThrownBy(() -> noWait.shops().warehouses(US)).isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("local rate limit for warehouses");
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(WAREHOUSES)));
    }

    @Test
    void aShopScopedCallWithoutACipherFailsBeforeSendingAnything() {
        var noCipher = new io.suitetok.tiktok.http.ShopContext(US_SHOP, null);

        assertThatThrownBy(() -> client.shops().warehouses(noCipher)).hasMessageContaining("no shop_cipher");
        assertThat(wireMock.getAllServeEvents()).isEqualTo(List.of());
    }
}
