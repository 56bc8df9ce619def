package io.suitetok.tiktok.api;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.model.id.ShopId;
import io.suitetok.tiktok.auth.InMemoryTokenStore;
import io.suitetok.tiktok.auth.TokenPair;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.signing.RequestSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs the real client against WireMock. After every test each request WireMock received is
 * re-signed from what arrived on the wire (decoded query, raw body), so a signing or encoding slip
 * fails every test that made the call.
 */
abstract class WireMockTikTokTest {

    static final String APP_KEY = "test-app-key";
    static final String APP_SECRET = "test-app-secret";
    static final Instant NOW = Instant.ofEpochSecond(1764150000L);
    static final ShopId US_SHOP = new ShopId("7495540735365777507");
    static final ShopContext US = new ShopContext(US_SHOP, "ROW_fake_cipher_US");

    WireMockServer wireMock;
    InMemoryTokenStore tokens;
    TikTokShopClient client;

    @BeforeEach
    void startWireMock() {
        wireMock = new WireMockServer(options().dynamicPort());
        wireMock.start();
        tokens = new InMemoryTokenStore();
        tokens.save(US_SHOP, new TokenPair("ROW_valid-access", NOW.plus(Duration.ofDays(7)), "ROW_valid-refresh",
                NOW.plus(Duration.ofDays(365))));
        client = new TikTokShopClient(config(), tokens, Clock.fixed(NOW, ZoneOffset.UTC), new SimpleMeterRegistry());
    }

    TikTokClientConfig config() {
        return TikTokClientConfig.production(APP_KEY, APP_SECRET)
                .withBaseUrls(wireMock.baseUrl(), wireMock.baseUrl())
                .withRetry(3, Duration.ofMillis(10), Duration.ofMillis(50));
    }

    @AfterEach
    void everyRequestWasSignedOverWhatWasSent() {
        for (var event : wireMock.getAllServeEvents()) {
            LoggedRequest request = event.getRequest();
            String path = URI.create(request.getUrl()).getPath();
            if (path.startsWith("/api/v2/token/")) {
                continue; // token endpoints are unsigned by design
            }
            Map<String, String> query = new LinkedHashMap<>();
            for (String key : request.getQueryParams().keySet()) {
                QueryParameter parameter = request.queryParameter(key);
                query.put(key, parameter.firstValue());
            }
            String contentType = request.getHeader("Content-Type");
            byte[] body = request.getMethod().getName().equals("GET") ? null : request.getBody();
            assertThat(query.get("sign")).as("sign of %s %s", request.getMethod(), path)
                    .isEqualTo(RequestSigner.sign(APP_SECRET, path, query, body, contentType));
            assertThat(query).containsEntry("app_key", APP_KEY).containsEntry("timestamp", "1764150000")
                    .doesNotContainKey("access_token");
        }
        wireMock.stop();
    }

    static String fixture(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/fixtures", name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String success(String dataJson) {
        return "{\"code\":0,\"message\":\"Success\",\"request_id\":\"req-ok\",\"data\":" + dataJson + "}";
    }
}
