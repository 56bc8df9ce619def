package io.suitetok.helmchart;

import static io.suitetok.helmchart.RenderedManifests.at;
import static io.suitetok.helmchart.RenderedManifests.objectName;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoscalingTest {

    @Test
    void noAutoscalerUnlessAskedFor() {
        assertThat(ChartRenderer.render().ofKind("HorizontalPodAutoscaler")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAutoscaledServiceLeavesItsReplicaCountToTheAutoscaler() {
        RenderedManifests manifests = ChartRenderer.render("""
                services:
                  inventory-sync:
                    hpa: {enabled: true, minReplicas: 2, maxReplicas: 6}
                """);

        assertThat(manifests.ofKind("HorizontalPodAutoscaler")).hasSize(1);
        var hpa = manifests.get("HorizontalPodAutoscaler", objectName("inventory-sync"));
        assertThat(at(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(objectName("inventory-sync"));
        assertThat(at(hpa, "spec", "maxReplicas")).isEqualTo(6);
        assertThat((Map<String, Object>) at(manifests.get("Deployment", objectName("inventory-sync")), "spec"))
                .doesNotContainKey("replicas");
    }

    @Test
    void aSingleWriterServiceCannotScaleOutAndReplacesItsPodWithoutOverlap() {
        assertThat(ChartRenderer.refusal("services:\n  settlement:\n    hpa: {enabled: true}\n"))
                .contains("/services/settlement/hpa/enabled");
        assertThat(ChartRenderer.refusal("services:\n  catalog-sync:\n    replicas: 2\n"))
                .contains("/services/catalog-sync/replicas': maximum: got 2, want 1");
        assertThat(at(ChartRenderer.render().get("Deployment", objectName("settlement")), "spec", "strategy", "type"))
                .isEqualTo("Recreate");
    }

    @Test
    void everyServiceHasADisruptionBudgetThatStillLetsANodeDrain() {
        RenderedManifests manifests = ChartRenderer.render();

        for (String service : RenderedManifests.SERVICES) {
            var budget = manifests.get("PodDisruptionBudget", objectName(service));
            assertThat(at(budget, "spec", "maxUnavailable")).as(service).isEqualTo(1);
            assertThat(at(budget, "spec", "selector", "matchLabels", "app.kubernetes.io/name")).isEqualTo(service);
        }
    }
}
