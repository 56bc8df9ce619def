package io.suitetok.helmchart;

import static io.suitetok.helmchart.RenderedManifests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitoringObjectsTest {

    private static final String MONITORING_ON = """
            runbookBaseUrl: https://runbooks.example/suitetok/
            serviceMonitor: {enabled: true}
            prometheusRule: {enabled: true}
            """;

    @Test
    void prometheusOperatorObjectsAreOffByDefault() {
        RenderedManifests manifests = ChartRenderer.render();

        assertThat(manifests.ofKind("ServiceMonitor")).isEmpty();
        assertThat(manifests.ofKind("PrometheusRule")).isEmpty();
    }

    @Test
    void eachEnabledServiceIsScrapedOnItsManagementPort() {
        RenderedManifests manifests = ChartRenderer.render(MONITORING_ON, "services:\n  catalog-sync:\n    enabled: false\n");

        assertThat(manifests.ofKind("ServiceMonitor")).hasSize(RenderedManifests.SERVICES.size() - 1);
        var monitor = manifests.get("ServiceMonitor", RenderedManifests.objectName("order-sync"));
        assertThat(at(monitor, "spec", "endpoints").toString()).contains("port=management").contains("path=/actuator/prometheus");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertCarriesSummaryDescriptionAndItsRunbookUrl() {
        var rule = ChartRenderer.render(MONITORING_ON).ofKind("PrometheusRule").get(0);

        List<Map<String, Object>> rules = ((List<Map<String, Object>>) at(rule, "spec", "groups")).stream()
                .flatMap(g -> ((List<Map<String, Object>>) g.get("rules")).stream()).toList();
        assertThat(rules).isNotEmpty();
        for (Map<String, Object> alert : rules) {
            Map<String, Object> annotations = (Map<String, Object>) alert.get("annotations");
            assertThat(annotations).as("%s", alert.get("alert")).containsKeys("summary", "description")
                    .containsEntry("runbook_url", "https://runbooks.example/suitetok/" + alert.get("alert") + ".md");
        }
    }

    @Test
    void theDashboardShipsAsAConfigMapForTheGrafanaSidecar() {
        var dashboards = ChartRenderer.render().get("ConfigMap", ChartRenderer.RELEASE + "-suitetok-hub-dashboards");

        assertThat(at(dashboards, "metadata", "labels", "grafana_dashboard")).isEqualTo("1");
        assertThat((String) at(dashboards, "data", "suitetok-hub.json")).contains("\"uid\": \"suitetok-hub\"");
    }
}
