package io.suitetok.netsuite.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.rest.RestNetSuiteGateway;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code hub.netsuite.api=rest} starts the REST adapter, and refuses to start on incomplete OAuth 2.0 settings. */
class RestSettingsAtStartUpTest {

    static final String PRIVATE_KEY = testKey();

    private final ApplicationContextRunner restSettings = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(NetSuiteClientAutoConfiguration.class))
            .withPropertyValues("hub.netsuite.account-id=1234567_SB1", "hub.netsuite.api=rest",
                    "hub.netsuite.client-id=startup-client-id", "hub.netsuite.certificate-id=startup-certificate",
                    "hub.netsuite.private-key=" + PRIVATE_KEY,
                    "hub.netsuite.rest-endpoint=http://127.0.0.1:9/services/rest");

    @Test
    void restSettingsStartTheRestAdapterWithoutTbaSecrets() {
        restSettings.run(context -> assertThat(context).hasNotFailed().hasSingleBean(NetSuiteGateway.class)
                .getBean(NetSuiteGateway.class).isInstanceOf(RestNetSuiteGateway.class));
    }

    @Test
    void soapStaysTheDefault() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(NetSuiteClientAutoConfiguration.class))
                .withPropertyValues("hub.netsuite.account-id=1234567_SB1", "hub.netsuite.consumer-key=k",
                        "hub.netsuite.consumer-secret=s", "hub.netsuite.token-id=t", "hub.netsuite.token-secret=ts",
                        "hub.netsuite.endpoint=http://127.0.0.1:9/services/NetSuitePort_2025_2")
                .run(context -> assertThat(context).hasNotFailed().getBean(NetSuiteGateway.class)
                        .isNotInstanceOf(RestNetSuiteGateway.class));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "hub.netsuite.client-id      | hub.netsuite.client-id=",
            "hub.netsuite.certificate-id | hub.netsuite.certificate-id=",
            "hub.netsuite.private-key    | hub.netsuite.private-key=",
            "hub.netsuite.private-key    | hub.netsuite.private-key=-----BEGIN RSA PRIVATE KEY-----MIIB-----END RSA PRIVATE KEY-----",
            "hub.netsuite.private-key    | hub.netsuite.private-key=not-a-key",
            "hub.netsuite.api            | hub.netsuite.api=graphql"})
    void incompleteRestSettingsStopTheStartNamingTheProperty(String property, String setting) {
        restSettings.withPropertyValues(setting).run(context -> {
            assertThat(context).hasFailed();
            assertThat(everything(context.getStartupFailure())).contains(property + " ")
                    .doesNotContain(PRIVATE_KEY.substring(40, 80));
        });
    }

    private static String testKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return "-----BEGIN PRIVATE KEY-----\\n" + Base64.getEncoder().encodeToString(
                    generator.generateKeyPair().getPrivate().getEncoded()) + "\\n-----END PRIVATE KEY-----";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String everything(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
