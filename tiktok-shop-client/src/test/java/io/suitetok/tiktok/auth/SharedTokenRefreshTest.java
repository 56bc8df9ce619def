package io.suitetok.tiktok.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.suitetok.model.id.ShopId;
import io.suitetok.testkit.EmbeddedInfrastructure;
import io.suitetok.tiktok.config.TikTokClientConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several services share one token table (docs/adr/0004), each with its own client. When TikTok rejects
 * the access token in all of them at once, one refresh must be made: the refresh token it spends may be
 * dead the moment TikTok answers.
 */
class SharedTokenRefreshTest {

    private static final ShopId SHOP = new ShopId("7495540735365777508");
    private static final String TABLE = "tiktok_auth_shared_refresh_test.shop_token";

    private final DataSource postgres = EmbeddedInfrastructure.postgres().getPostgresDatabase();
    private final WireMockServer auth = new WireMockServer(options().dynamicPort());

    @AfterEach
    void stop() {
        auth.stop();
    }

    @Test
    void servicesSharingTheTableMakeOneRefreshBetweenThemAndAllUseItsPair() throws Exception {
        Instant now = Instant.now();
        auth.start();
        // Only the stored refresh token is honoured, as when TikTok retires a used one.
        auth.stubFor(get(urlPathEqualTo("/api/v2/token/refresh")).withQueryParam("refresh_token", equalTo("first-refresh"))
                .willReturn(okJson("{\"code\":0,\"message\":\"success\",\"request_id\":\"r\",\"data\":{"
                        + "\"access_token\":\"second-access\",\"access_token_expire_in\":" + (now.getEpochSecond() + 604800)
                        + ",\"refresh_token\":\"second-refresh\",\"refresh_token_expire_in\":"
                        + (now.getEpochSecond() + 31536000) + "}}").withFixedDelay(150)));
        new JdbcTokenStore(postgres, TABLE).save(SHOP, new TokenPair("first-access", now.plus(Duration.ofDays(3)),
                "first-refresh", now.plus(Duration.ofDays(300))));
        List<AccessTokens> services = IntStream.range(0, 3).mapToObj(i -> service()).toList();

        ExecutorService callers = Executors.newFixedThreadPool(9);
        try {
            List<Callable<String>> rejected = IntStream.range(0, 9).<Callable<String>>mapToObj(i -> () ->
                    services.get(i % 3).refreshAfterRejection(SHOP, "first-access")).toList();
            List<String> handedOut = callers.invokeAll(rejected).stream().map(SharedTokenRefreshTest::join).toList();

            assertThat(handedOut).containsOnly("second-access");
        } finally {
            callers.shutdownNow();
        }
        auth.verify(1, getRequestedFor(urlPathEqualTo("/api/v2/token/refresh")));
        assertThat(new JdbcTokenStore(postgres, TABLE).find(SHOP))
                .hasValueSatisfying(pair -> assertThat(pair.refreshToken()).isEqualTo("second-refresh"));
    }

    /** A service of its own: its own store instance and client over the shared table. */
    private AccessTokens service() {
        TikTokClientConfig config = TikTokClientConfig.production("k", "s").withBaseUrls(auth.baseUrl(), auth.baseUrl());
        return new AccessTokens(new JdbcTokenStore(postgres, TABLE), new AuthClient(config, new OkHttpClient()),
                Clock.systemUTC(), Duration.ofHours(1));
    }

    private static String join(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
