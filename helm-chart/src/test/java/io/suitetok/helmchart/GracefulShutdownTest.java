package io.suitetok.helmchart;

import static io.suitetok.helmchart.RenderedManifests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

    @Test
    void kubernetesWaitsLongerThanSpringsShutdownPhase() {
        RenderedManifests manifests = ChartRenderer.render();

        for (String service : RenderedManifests.SERVICES) {
            var config = manifests.applicationConfig(service);
            Duration shutdownPhase = Duration.parse("PT" + at(config, "spring", "lifecycle", "timeout-per-shutdown-phase"));
            int grace = (Integer) at(manifests.get("Deployment", RenderedManifests.objectName(service)),
                    "spec", "template", "spec", "terminationGracePeriodSeconds");

            assertThat(at(config, "server", "shutdown")).isEqualTo("graceful");
            assertThat(Duration.ofSeconds(grace)).as(service).isGreaterThan(shutdownPhase);
        }
    }

    @Test
    void aGracePeriodNotLongerThanTheShutdownTimeoutIsRefused() {
        String message = ChartRenderer.refusal("services:\n  settlement:\n    terminationGracePeriodSeconds: 30\n");

        assertThat(message).contains("services.settlement: terminationGracePeriodSeconds (30) must exceed shutdownTimeoutSeconds (30)");
    }
}
