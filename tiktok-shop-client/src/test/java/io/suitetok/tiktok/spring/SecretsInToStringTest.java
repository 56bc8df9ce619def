package io.suitetok.tiktok.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.tiktok.auth.TokenPair;
import io.suitetok.tiktok.config.TikTokClientConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings and tokens end up in log lines through toString; their secrets must not come along. */
class SecretsInToStringTest {

    static final String APP_SECRET = "APPSECRET-tostring-8c1f";
    static final String AUTH_CODE = "AUTHCODE-tostring-51b0";

    @Test
    void settingsShowTheirShopsButNeitherTheAppSecretNorAnAuthCode() {
        TikTokProperties.Shop shop = new TikTokProperties.Shop("7495000000000000001", "TTP_us_cipher", AUTH_CODE);
        TikTokProperties settings = new TikTokProperties("app-key", APP_SECRET, "https://api", "https://auth",
                "tiktok_auth.shop_token", 10, Map.of(), 5, Duration.ofSeconds(1), Duration.ofSeconds(20), List.of(shop));

        assertThat(settings.toString()).contains("7495000000000000001").doesNotContain(APP_SECRET)
                .doesNotContain(AUTH_CODE);
        assertThat(shop.toString()).contains("7495000000000000001").contains("TTP_us_cipher")
                .doesNotContain(AUTH_CODE);
    }

    @Test
    void clientConfigShowsTheAppKeyButNotTheSecret() {
        TikTokClientConfig config = TikTokClientConfig.production("app-key", APP_SECRET);

        assertThat(config.toString()).contains("app-key").doesNotContain(APP_SECRET);
    }

    @Test
    void aTokenPairShowsOnlyWhenItExpires() {
        TokenPair pair = new TokenPair("ROW_access-tostring-0001", Instant.EPOCH, "ROW_refresh-tostring-0002",
                Instant.EPOCH.plusSeconds(60));

        assertThat(pair.toString()).contains("1970-01-01T00:01:00Z").doesNotContain("ROW_access-tostring-0001")
                .doesNotContain("ROW_refresh-tostring-0002");
    }
}
