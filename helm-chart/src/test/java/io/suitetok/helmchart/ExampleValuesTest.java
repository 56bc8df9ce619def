package io.suitetok.helmchart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The values file docs/deploy/kubernetes.md tells people to start from must install as written. */
class ExampleValuesTest {

    @Test
    void theDocumentedExampleRendersEveryServiceAndTheMonitoring() throws IOException {
        String example = Files.readString(ChartRenderer.REPOSITORY_ROOT.resolve("docs/deploy/values-production.example.yaml"));

        RenderedManifests manifests = ChartRenderer.render(example);

        assertThat(manifests.ofKind("Deployment")).hasSize(RenderedManifests.SERVICES.size());
        assertThat(manifests.ofKind("HorizontalPodAutoscaler")).hasSize(1);
        assertThat(manifests.ofKind("PrometheusRule")).hasSize(1);
        assertThat(RenderedManifests.at(manifests.applicationConfig("settlement"), "spring", "kafka", "bootstrap-servers"))
                .asString().startsWith("kafka-0.kafka.data.svc:9092");
    }
}
