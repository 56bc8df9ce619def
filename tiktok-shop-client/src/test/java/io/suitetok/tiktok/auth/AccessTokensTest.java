package io.suitetok.tiktok.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.suitetok.model.id.ShopId;
import io.suitetok.tiktok.config.TikTokClientConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final Instant NOW = Instant.ofEpochSecond(1764150000L);
    private static final ShopId SHOP = new ShopId("7495540735365777507");

    private final WireMockServer auth = new WireMockServer(options().dynamicPort());
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private AccessTokens tokens;

    @BeforeEach
    void start() {
        auth.start();
        auth.stubFor(get(urlPathEqualTo("/api/v2/token/refresh")).willReturn(okJson("{\"code\":0,\"message\":\"success\","
                + "\"request_id\":\"r\",\"data\":{\"access_token\":\"fresh-access\",\"access_token_expire_in\":"
                + (NOW.getEpochSecond() + 604800) + ",\"refresh_token\":\"fresh-refresh\",\"refresh_token_expire_in\":"
                + (NOW.getEpochSecond() + 31536000) + "}}").withFixedDelay(200)));
        TikTokClientConfig config = TikTokClientConfig.production("k", "s").withBaseUrls(auth.baseUrl(), auth.baseUrl());
        tokens = new AccessTokens(store, new AuthClient(config, new OkHttpClient()), Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ofHours(1));
    }

    @AfterEach
    void stop() {
        auth.stop();
    }

    @Test
    void aValidTokenIsUsedWithoutRefreshing() {
        store.save(SHOP, new TokenPair("current", NOW.plus(Duration.ofDays(3)), "refresh", NOW.plus(Duration.ofDays(300))));

        assertThat(tokens.accessTokenFor(SHOP)).isEqualTo("current");
        auth.verify(0, getRequestedFor(urlPathEqualTo("/api/v2/token/refresh")));
    }

    @Test
    void manyCallersAtExpiryCauseExactlyOneRefresh() throws Exception {
        store.save(SHOP, new TokenPair("expiring", NOW.plus(Duration.ofMinutes(10)), "refresh",
                NOW.plus(Duration.ofDays(300))));
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = IntStream.range(0, 8).<Callable<String>>mapToObj(i -> () ->
                    tokens.accessTokenFor(SHOP)).toList();
            List<String> handedOut = callers.invokeAll(calls).stream().map(AccessTokensTest::join).toList();

            assertThat(handedOut).containsOnly("fresh-access");
        } finally {
            callers.shutdownNow();
        }
        auth.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/token/refresh")));
        assertThat(store.find(SHOP)).hasValueSatisfying(pair -> assertThat(pair.refreshToken()).isEqualTo("fresh-refresh"));
    }

    @Test
    void aRejectedTokenAlreadyReplacedByAnotherCallerIsNotRefreshedAgain() {
        store.save(SHOP, new TokenPair("replaced-meanwhile", NOW.plus(Duration.ofDays(7)), "refresh",
                NOW.plus(Duration.ofDays(300))));

        assertThat(tokens.refreshAfterRejection(SHOP, "the-old-one")).isEqualTo("replaced-meanwhile");
        auth.verify(0, getRequestedFor(urlPathEqualTo("/api/v2/token/refresh")));
    }

    @Test
    void aTokenPairNeverShowsItsSecretsInLogs() {
        assertThat(new TokenPair("secret-access", NOW, "secret-refresh", NOW).toString())
                .doesNotContain("secret-access", "secret-refresh");
        assertThat(TikTokClientConfig.production("key", "app-secret-value").toString()).doesNotContain("app-secret-value");
    }

    private static String join(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
