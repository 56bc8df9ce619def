package io.suitetok.netsuite.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.netsuite.gateway.NetSuiteGateway;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

/**
 * A service with missing or malformed {@code hub.netsuite.*} settings does not start, and says which
 * property is wrong without quoting the consumer secret, the token id or the token secret.
 */
class NetSuiteSettingsAtStartUpTest {

    static final String CONSUMER_SECRET = "CONSUMERSECRET-startup-1a2b";
    static final String TOKEN_ID = "TOKENID-startup-3c4d5e";
    static final String TOKEN_SECRET = "TOKENSECRET-startup-6f7a";

    private final ApplicationContextRunner completeSettings = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(NetSuiteClientAutoConfiguration.class))
            .withPropertyValues("hub.netsuite.account-id=1234567_SB1", "hub.netsuite.consumer-key=startup-consumer-key",
                    "hub.netsuite.consumer-secret=" + CONSUMER_SECRET, "hub.netsuite.token-id=" + TOKEN_ID,
                    "hub.netsuite.token-secret=" + TOKEN_SECRET,
                    "hub.netsuite.endpoint=http://127.0.0.1:9/services/NetSuitePort_2025_2");

    @Test
    void completeSettingsStartTheGateway() {
        completeSettings.run(context -> assertThat(context).hasNotFailed().hasSingleBean(NetSuiteGateway.class));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "hub.netsuite.account-id      | hub.netsuite.account-id=1234567-sb1",
            "hub.netsuite.account-id      | hub.netsuite.account-id=" + TOKEN_SECRET,
            "hub.netsuite.consumer-key    | hub.netsuite.consumer-key=",
            "hub.netsuite.consumer-secret | hub.netsuite.consumer-secret=",
            "hub.netsuite.token-id        | hub.netsuite.token-id=",
            "hub.netsuite.token-secret    | hub.netsuite.token-secret=",
            "hub.netsuite.concurrency-share | hub.netsuite.concurrency-share=0"})
    void aMissingOrMalformedSettingStopsTheStartNamingItsPropertyButNoSecret(String property, String setting) {
        completeSettings.withPropertyValues(setting).run(context -> {
            assertThat(context).hasFailed();
            assertThat(everything(context.getStartupFailure())).contains(property + " ")
                    .doesNotContain(CONSUMER_SECRET).doesNotContain(TOKEN_ID).doesNotContain(TOKEN_SECRET);
        });
    }

    /** A secret mounted from a file keeps its newline; the passport signature would never match. */
    @Test
    void aSecretWithATrailingNewlineIsRefusedWithoutQuotingIt() {
        completeSettings.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("environment", Map.of("hub.netsuite.token-secret", TOKEN_SECRET + "\n"))))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(everything(context.getStartupFailure())).contains("hub.netsuite.token-secret ")
                            .doesNotContain(TOKEN_SECRET);
                });
    }

    /** Messages, causes and stack frames: all of what a start-up failure prints. */
    private static String everything(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
