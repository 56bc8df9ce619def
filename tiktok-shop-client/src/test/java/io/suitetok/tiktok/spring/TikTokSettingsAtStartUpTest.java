package io.suitetok.tiktok.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.auth.InMemoryTokenStore;
import io.suitetok.tiktok.auth.TokenStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A service with missing or malformed {@code hub.tiktok.*} settings does not start, and says which
 * property is wrong without ever quoting a secret (nor any other value: a secret pasted into the wrong
 * property is quoted just the same).
 */
class TikTokSettingsAtStartUpTest {

    static final String APP_SECRET = "APPSECRET-startup-4d2e91";
    static final String AUTH_CODE = "AUTHCODE-startup-77a1c3";

    /** The shop tokens are in memory and there is no Kafka: only the settings are under test. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TikTokClientAutoConfiguration.class))
            .withClassLoader(new FilteredClassLoader("io.suitetok.runtime.kafka"))
            .withBean(TokenStore.class, InMemoryTokenStore::new);

    private ApplicationContextRunner completeSettings() {
        return runner.withPropertyValues(
"hub.tiktok.app-key=startup-app-key", "hub.tiktok.app-secret=" + APP_SECRET,
                "hub.tiktok.api-base-url=http://127.0.0.1:9", "hub.tiktok.auth-base-url=http://127.0.0.1:9",
                "hub.tiktok.shops[0].id=7495000000000000001", "hub.tiktok.shops[0].cipher=TTP_us_cipher",
                "hub.tiktok.shops[1].id=7495000000000000002", "hub.tiktok.shops[1].cipher=ROW_uk_cipher");
    }

    @Test
    void completeSettingsStartTheClient() {
        completeSettings().run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(TikTokShopClient.class).hasSingleBean(TikTokShops.class);
            assertThat(context.getBean(TikTokShops.class).all()).hasSize(2);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "hub.tiktok.app-secret         | hub.tiktok.app-secret=",
            "hub.tiktok.app-key            | hub.tiktok.app-key=",
            "hub.tiktok.api-base-url       | hub.tiktok.api-base-url=open-api.tiktokglobalshop.com",
            "hub.tiktok.auth-base-url      | hub.tiktok.auth-base-url=https://auth.example.com/?app_secret=" + APP_SECRET,
            "hub.tiktok.auth-base-url      | hub.tiktok.auth-base-url=" + APP_SECRET,
            "hub.tiktok.shops[1].cipher    | hub.tiktok.shops[1].cipher=",
            "hub.tiktok.shops[0].id        | hub.tiktok.shops[0].id="})
    void aMissingOrMalformedSettingStopsTheStartNamingItsPropertyButNoSecret(String property, String setting) {
        assertRefused(property, setting);
    }

    /** A secret mounted from a file keeps its newline, and every signature would then be wrong. */
    @Test
    void aSecretWithATrailingNewlineIsRefusedWithoutQuotingIt() {
        assertRefused("hub.tiktok.app-secret", completeSettings().withInitializer(untrimmed(Map.of(
                "hub.tiktok.app-secret", APP_SECRET + "\n"))));
        // Boot binds a list from one source only, so the shops come along with the code.
        assertRefused("hub.tiktok.shops[1].auth-code", completeSettings().withInitializer(untrimmed(Map.of(
                "hub.tiktok.shops[0].id", "7495000000000000001", "hub.tiktok.shops[0].cipher", "TTP_us_cipher",
                "hub.tiktok.shops[1].id", "7495000000000000002", "hub.tiktok.shops[1].cipher", "ROW_uk_cipher",
                "hub.tiktok.shops[1].auth-code", AUTH_CODE + " "))));
    }

    /** Values as an environment variable would bring them (the runner's own property values are trimmed). */
    private static ApplicationContextInitializer<ConfigurableApplicationContext> untrimmed(Map<String, Object> values) {
        return context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("environment", values));
    }

    private void assertRefused(String property, String setting) {
        assertRefused(property, completeSettings().withPropertyValues(setting));
    }

    private void assertRefused(String property, ApplicationContextRunner withSetting) {
        withSetting.run(context -> {
            assertThat(context).hasFailed();
            assertThat(everything(context.getStartupFailure())).contains(property + " ").doesNotContain(APP_SECRET)
                    .doesNotContain(AUTH_CODE);
        });
    }

    /** Messages, causes and stack frames: all of what a start-up failure prints. */
    private static String everything(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
