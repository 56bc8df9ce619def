package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.sandbox.tiktok.faults.CallLog.CallRecord;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.auth.TokenPair;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.error.AuthorizationException;
import io.suitetok.tiktok.error.ShopCipherException;
import io.suitetok.tiktok.error.SignatureInvalidException;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.http.ApiCall;
import io.suitetok.tiktok.http.ApiEndpoint;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.http.ShopScope;
import io.suitetok.tiktok.http.TikTokEndpoints;
import io.suitetok.tiktok.model.shop.Warehouse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator refuses what TikTok refuses, each with TikTok's code, message and HTTP status. */
class ProtocolRejectionTest {

    private RunningSimulator simulator;
    private ConnectedClient connected;

    @BeforeEach
    void connect() {
        simulator = SharedSimulator.fresh();
        connected = ConnectedClient.to(simulator);
    }

    @Test
    void aSignatureMadeWithTheWrongSecretIsRefusedWith106001() {
        ConnectedClient wrongSecret = connected.variant(withCredentials(simulator.settings().appKey(),
                "not-the-secret"), Clock.systemUTC());

        assertThatThrownBy(() -> wrongSecret.client.shops().warehouses(connected.us))
                .isInstanceOfSatisfying(SignatureInvalidException.class, e -> {
                    assertThat(e.code()).isEqualTo(106001);
                    assertThat(e.httpStatus()).isEqualTo(401);
                });
    }

    @Test
    void anUnknownAppKeyIsRefusedWith36009004NamingTheAppKey() {
        ConnectedClient otherApp = connected.variant(withCredentials("someone-elses-app", "x"), Clock.systemUTC());

        assertThatThrownBy(() -> otherApp.client.shops().warehouses(connected.us))
                .isInstanceOfSatisfying(AuthorizationException.class, e -> {
                    assertThat(e.code()).isEqualTo(36009004);
                    assertThat(e.getMessage()).contains("app_key");
                });
    }

    @Test
    void aTimestampMoreThanFiveMinutesOldIsRefusedWith36009004NamingTheTimestamp() {
        ConnectedClient late = connected.variant(noRetries(),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6)));

        assertThatThrownBy(() -> late.client.shops().warehouses(connected.us))
                .isInstanceOfSatisfying(SignatureInvalidException.class, e -> {
                    assertThat(e.code()).isEqualTo(36009004);
                    assertThat(e.getMessage()).contains("timestamp");
                });
    }

    @Test
    void theWindowIsFiveMinutesBehindAndThirtySecondsAhead() {
        ConnectedClient slightlyBehind = connected.variant(noRetries(),
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-4)));
        ConnectedClient slightlyAhead = connected.variant(noRetries(),
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(20)));
        ConnectedClient tooFarAhead = connected.variant(noRetries(),
                Clock.offset(Clock.systemUTC(), Duration.ofSeconds(45)));

        assertThat(slightlyBehind.client.shops().warehouses(connected.us)).isNotEmpty();
        assertThat(slightlyAhead.client.shops().warehouses(connected.us)).isNotEmpty();
        assertThat(Transports.codeOf(() -> tooFarAhead.client.shops().warehouses(connected.us)))
                .isEqualTo(36009004);
    }

    @Test
    void aMillisecondTimestampIsRefusedEvenWhenSigned() {
        RawCall.Answer answer = RawCall.send(simulator, "GET", "/logistics/202309/warehouses",
                Map.of("shop_cipher", connected.us.cipher()), Long.toString(System.currentTimeMillis()),
                connected.tokenOf(connected.us).accessToken(), null);

        assertThat(answer.code()).isEqualTo(36009004);
        assertThat(answer.message()).contains("timestamp");
    }

    @Test
    void aMissingOrUnknownAccessTokenIsRefusedWith36009004NamingTheAccessToken() {
        ApiCall warehouses = ApiCall.to(TikTokEndpoints.WAREHOUSES);

        assertThatThrownBy(() -> Transports.of(simulator, connected, Transports.accessToken(null))
                .execute(connected.us, warehouses))
                .isInstanceOfSatisfying(AuthorizationException.class, e -> {
                    assertThat(e.code()).isEqualTo(36009004);
                    assertThat(e.getMessage()).contains("access token");
                });
        assertThatThrownBy(() -> Transports.of(simulator, connected, Transports.accessToken("TTP_forged"))
                .execute(connected.us, warehouses))
                .isInstanceOfSatisfying(AuthorizationException.class, e -> assertThat(e.code()).isEqualTo(36009004));
    }

    @Test
    void anExpiredTokenAnswers105002AndTheClientRefreshesTransparently() {
        TokenPair before = connected.tokenOf(connected.us);
        simulator.control().expireAccessTokens(ShopDirectory.US_SHOP_ID);

        List<Warehouse> warehouses = connected.client.shops().warehouses(connected.us);

        assertThat(warehouses).hasSize(3);
        TokenPair after = connected.tokenOf(connected.us);
        assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
        assertThat(after.refreshToken()).isNotEqualTo(before.refreshToken());
        assertThat(simulator.control().calls("warehouses")).extracting(CallRecord::code).containsExactly(105002L, 0L);
        assertThat(simulator.control().callCount("token_refresh")).isEqualTo(1);
        assertThatThrownBy(() -> connected.client.auth().refresh(before.refreshToken()))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> assertThat(e.code()).isEqualTo(36004005));
    }

    @Test
    void aShopEndpointWithoutCipherIsRefusedWith106013() {
        ApiEndpoint withoutCipher = new ApiEndpoint("warehouses", "GET", "/logistics/202309/warehouses",
                ShopScope.NONE, true);

        assertThatThrownBy(() -> Transports.of(simulator, connected, null)
                .execute(connected.us, ApiCall.to(withoutCipher)))
                .isInstanceOfSatisfying(ShopCipherException.class, e -> {
                    assertThat(e.code()).isEqualTo(106013);
                    assertThat(e.getMessage()).contains("shop_cipher");
                });
    }

    @Test
    void anUnknownCipherIsRefusedWith106013() {
        ShopContext forged = new ShopContext(connected.us.shopId(), "ROW_not_a_real_cipher");

        assertThatThrownBy(() -> connected.client.shops().warehouses(forged))
                .isInstanceOfSatisfying(ShopCipherException.class, e -> assertThat(e.code()).isEqualTo(106013));
    }

    @Test
    void aCipherSentWhereItIsNotExpectedIsRefusedWith36009004NamingIt() {
        ApiCall shopsWithCipher = ApiCall.to(TikTokEndpoints.AUTHORIZED_SHOPS).query("shop_cipher",
                connected.us.cipher());

        assertThatThrownBy(() -> Transports.of(simulator, connected, null).execute(connected.us, shopsWithCipher))
                .isInstanceOfSatisfying(ShopCipherException.class, e -> {
                    assertThat(e.code()).isEqualTo(36009004);
                    assertThat(e.getMessage()).contains("shop_cipher is not required");
                });
    }

    @Test
    void aTokenOfOneShopCannotActForAnotherShop() {
        ShopContext usTokenUkCipher = new ShopContext(connected.us.shopId(), connected.uk.cipher());

        assertThatThrownBy(() -> connected.client.shops().warehouses(usTokenUkCipher))
                .isInstanceOfSatisfying(AuthorizationException.class, e -> assertThat(e.code()).isEqualTo(101000));
    }

    @Test
    void unknownPathsAnswer36009009With404AndWrongMethods36009010() {
        String token = connected.tokenOf(connected.us).accessToken();
        RawCall.Answer unknown = RawCall.send(simulator, "GET", "/order/202309/no_such_thing",
                Map.of("shop_cipher", connected.us.cipher()), RawCall.now(), token, null);
        RawCall.Answer wrongMethod = RawCall.send(simulator, "DELETE", "/logistics/202309/warehouses",
                Map.of("shop_cipher", connected.us.cipher()), RawCall.now(), token, null);

        assertThat(unknown.httpStatus()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo(36009009);
        assertThat(wrongMethod.code()).isEqualTo(36009010);
    }

    @Test
    void everyEndpointOfTheClientTableHasAHandler() {
        // The simulator refuses to start otherwise; this pins that no endpoint answers "invalid path".
        String token = connected.tokenOf(connected.us).accessToken();
        for (ApiEndpoint endpoint : TikTokEndpoints.ALL) {
            String path = endpoint.pathTemplate().replaceAll("\\{[^}]+}", "1");
            Map<String, String> query = endpoint.scope() == ShopScope.SHOP
                    ? Map.of("shop_cipher", connected.us.cipher()) : Map.of();
            RawCall.Answer answer = RawCall.send(simulator, endpoint.method(), path, query, RawCall.now(), token,
                    endpoint.method().equals("GET") ? null : "{}");
            assertThat(answer.code()).as(endpoint.name()).isNotIn(36009009L, 36009010L, 106001L, 106013L);
        }
    }

    private TikTokClientConfig withCredentials(String appKey, String appSecret) {
        TikTokClientConfig base = noRetries();
        return new TikTokClientConfig(appKey, appSecret, base.apiBaseUrl(), base.authBaseUrl(),
                base.connectTimeout(), base.readTimeout(), base.defaultQps(), base.qpsPerEndpoint(),
                base.rateLimitWait(), base.maxAttempts(), base.retryBaseDelay(), base.retryMaxDelay(),
                base.tokenRefreshMargin());
    }

    private TikTokClientConfig noRetries() {
        return simulator.clientConfig().withRetry(1, Duration.ofMillis(10), Duration.ofMillis(10));
    }
}
