package io.suitetok.helmchart;

import static io.suitetok.helmchart.RenderedManifests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbesTest {

    @Test
    @SuppressWarnings("unchecked")
    void probesAskTheHealthGroupsOnTheManagementPortTheServiceListensOn() {
        RenderedManifests manifests = ChartRenderer.render();

        for (String service : RenderedManifests.SERVICES) {
            Map<String, Object> container = manifests.container(service);
            Object managementPort = at(manifests.applicationConfig(service), "management", "server", "port");
            Object managementContainerPort = ((List<Map<String, Object>>) container.get("ports")).stream()
                    .filter(p -> "management".equals(p.get("name"))).findFirst().orElseThrow().get("containerPort");
            assertThat(managementContainerPort).as(service).isEqualTo(managementPort);
            assertThat(managementPort).as(service).isNotEqualTo(at(manifests.applicationConfig(service), "server", "port"));

            assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
            assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
            assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                assertThat(at(container, probe, "httpGet", "port")).as("%s of %s", probe, service).isEqualTo("management");
            }
        }
    }

    @Test
    void theServiceExposesTheManagementPortForScrapesButStaysInsideTheCluster() {
        RenderedManifests manifests = ChartRenderer.render();

        Map<String, Object> service = manifests.get("Service", RenderedManifests.objectName("settlement"));
        assertThat(at(service, "spec", "type")).isEqualTo("ClusterIP");
        assertThat(at(service, "spec", "ports").toString()).contains("name=management, port=9085");
    }
}
