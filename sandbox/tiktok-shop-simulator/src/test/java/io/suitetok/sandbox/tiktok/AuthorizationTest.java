package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.suitetok.model.id.ShopId;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.auth.AuthClient;
import io.suitetok.tiktok.auth.TokenPair;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.shop.AuthorizedShop;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Auth codes, token pairs and Get Authorized Shops. */
class AuthorizationTest {

    private RunningSimulator simulator;
    private AuthClient auth;

    @BeforeEach
    void connect() {
        simulator = SharedSimulator.fresh();
        auth = new AuthClient(simulator.clientConfig(), new OkHttpClient());
    }

    @Test
    void anAuthCodeBuysATokenPairWhoseExpiriesAreAbsoluteEpochSeconds() {
        TokenPair pair = auth.exchangeAuthCode(ShopDirectory.US_AUTH_CODE);

        Instant now = Instant.now();
        assertThat(pair.accessExpiresAt()).isCloseTo(now.plus(Duration.ofDays(7)), within(1, ChronoUnit.MINUTES));
        assertThat(pair.refreshExpiresAt()).isCloseTo(now.plus(Duration.ofDays(365)), within(1, ChronoUnit.MINUTES));
        assertThat(pair.accessToken()).isNotEqualTo(pair.refreshToken());
    }

    @Test
    void aRefreshGivesANewPairAndTheOldRefreshTokenStopsWorking() {
        TokenPair first = auth.exchangeAuthCode(ShopDirectory.US_AUTH_CODE);

        TokenPair second = auth.refresh(first.refreshToken());

        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThatThrownBy(() -> auth.refresh(first.refreshToken()))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(36004005);
                    assertThat(e.getMessage()).contains("can not find related auth record");
                });
        assertThat(auth.refresh(second.refreshToken()).accessToken()).isNotBlank();
    }

    @Test
    void aMintedAuthCodeWorksOnce() {
        String code = simulator.control().issueAuthCode(ShopDirectory.UK_SHOP_ID);

        assertThat(auth.exchangeAuthCode(code).accessToken()).isNotBlank();
        assertThatThrownBy(() -> auth.exchangeAuthCode(code))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> assertThat(e.code()).isEqualTo(36004005));
    }

    @Test
    void theTokenEndpointRefusesAWrongAppSecret() {
        TikTokClientConfig base = simulator.clientConfig();
        AuthClient wrong = new AuthClient(new TikTokClientConfig(base.appKey(), "wrong", base.apiBaseUrl(),
                base.authBaseUrl(), base.connectTimeout(), base.readTimeout(), 1, Map.of(), base.rateLimitWait(), 1,
                base.retryBaseDelay(), base.retryMaxDelay(), base.tokenRefreshMargin()), new OkHttpClient());

        assertThatThrownBy(() -> wrong.exchangeAuthCode(ShopDirectory.US_AUTH_CODE))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> assertThat(e.code()).isEqualTo(36004004));
    }

    @Test
    void authorizedShopsAreTheShopsTheTokenWasGrantedWithTheirCiphers() {
        ConnectedClient connected = ConnectedClient.to(simulator);
        ShopId seller = new ShopId("seller");
        connected.tokens.save(seller, auth.exchangeAuthCode(ShopDirectory.SELLER_AUTH_CODE));

        List<AuthorizedShop> both = connected.client.shops().authorizedShops(new ShopContext(seller, null));
        List<AuthorizedShop> usOnly = connected.client.shops().authorizedShops(connected.us);

        assertThat(both).extracting(AuthorizedShop::id).containsExactly(ShopDirectory.US_SHOP_ID,
                ShopDirectory.UK_SHOP_ID);
        assertThat(both).extracting(AuthorizedShop::cipher).containsExactly(ShopDirectory.US_CIPHER,
                ShopDirectory.UK_CIPHER);
        assertThat(both).extracting(AuthorizedShop::region).containsExactly("US", "GB");
        assertThat(both).extracting(AuthorizedShop::sellerType).containsOnly("LOCAL");
        assertThat(usOnly).extracting(AuthorizedShop::id).containsExactly(ShopDirectory.US_SHOP_ID);
    }

    @Test
    void theAccessTokenLifetimeIsConfigurableAndAnExpiredTokenAnswers105002() {
        try (RunningSimulator shortLived = TikTokShopSimulator.start(SimulatorSettings.forTests()
                .withTokenLifetimes(Duration.ofSeconds(1), Duration.ofDays(1)).withSeedCatalog(false))) {
            TokenPair pair = new AuthClient(shortLived.clientConfig(), new OkHttpClient())
                    .exchangeAuthCode(ShopDirectory.US_AUTH_CODE);
            Map<String, String> query = Map.of("shop_cipher", ShopDirectory.US_CIPHER);

            Eventually.within(Duration.ofSeconds(5), "the token expires", () -> RawCall.send(shortLived, "GET",
                    "/logistics/202309/warehouses", query, RawCall.now(), pair.accessToken(), null).code() == 105002);
            assertThat(pair.accessExpiresAt()).isBefore(Instant.now().plusSeconds(2));
        }
    }
}
