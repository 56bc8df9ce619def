package io.suitetok.inventory.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

/**
 * {@code hub.inventory.*} at start-up, through a real SpringApplication so that Boot's own failure report
 * (which quotes rejected values) is part of what is checked: the movement secret is required, a refusal
 * names the property, and neither the report nor the exception ever quotes the secret, also when another
 * setting is what is wrong.
 */
@ExtendWith(OutputCaptureExtension.class)
class InventorySettingsAtStartUpTest {

    static final String SECRET = "MOVEMENTSECRET-startup-8e1f";

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(InventoryProperties.class)
    static class OnlyTheSettings {
    }

    @Test
    void completeSettingsStart() {
        assertThat(start("--hub.inventory.movement-secret=" + SECRET)).isNull();
    }

    @Test
    void aMissingMovementSecretStopsTheStartNamingIt(CapturedOutput output) {
        String failure = everything(start(), output);

        // Boot names a property that is not set at all by its field: hub.inventory.movementSecret.
        assertThat(failure).containsAnyOf("hub.inventory.movement-secret", "hub.inventory.movementSecret")
                .contains("must not be blank");
    }

    @Test
    void aBlankMovementSecretStopsTheStartNamingIt(CapturedOutput output) {
        String failure = everything(start("--hub.inventory.movement-secret=   "), output);

        assertThat(failure).contains("hub.inventory.movement-secret").contains("must not be blank");
    }

    @Test
    void anotherRefusedSettingDoesNotBringTheSecretIntoTheReport(CapturedOutput output) {
        String invalidNumber = everything(start("--hub.inventory.movement-secret=" + SECRET,
                "--hub.inventory.push-concurrency=0"), output);
        String refusedByTheRecord = everything(start("--hub.inventory.movement-secret=" + SECRET,
                "--hub.inventory.push-call-deadline=5m", "--hub.inventory.push-claim-timeout=2m"), output);

        assertThat(invalidNumber).contains("push-concurrency").doesNotContain(SECRET);
        assertThat(refusedByTheRecord).contains("push-call-deadline").doesNotContain(SECRET);
    }

    private static Throwable start(String... args) {
        return catchThrowable(() -> new SpringApplicationBuilder(OnlyTheSettings.class)
                .web(WebApplicationType.NONE).run(args).close());
    }

    /** The exception with its causes and frames, and Boot's "APPLICATION FAILED TO START" report. */
    private static String everything(Throwable failure, CapturedOutput output) {
        assertThat(failure).as("start-up failure").isNotNull();
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text + output.getAll();
    }
}
