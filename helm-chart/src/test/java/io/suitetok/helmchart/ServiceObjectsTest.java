package io.suitetok.helmchart;

import static io.suitetok.helmchart.RenderedManifests.objectName;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceObjectsTest {

    private static final List<String> PER_SERVICE = List.of("Deployment", "Service", "ConfigMap", "PodDisruptionBudget");

    @Test
    void everyEnabledServiceGetsItsDeploymentServiceConfigMapAndDisruptionBudget() {
        RenderedManifests manifests = ChartRenderer.render();

        for (String service : RenderedManifests.SERVICES) {
            for (String kind : PER_SERVICE) {
                assertThat(manifests.find(kind, objectName(service))).as("%s of %s", kind, service).isPresent();
            }
        }
        assertThat(manifests.ofKind("Deployment")).hasSize(RenderedManifests.SERVICES.size());
    }

    @Test
    void disablingAServiceRemovesAllItsObjects() {
        RenderedManifests manifests = ChartRenderer.render("services:\n  pricing-sync:\n    enabled: false\n");

        assertThat(manifests.documents()).noneMatch(d -> objectName("pricing-sync").equals(RenderedManifests.at(d, "metadata", "name")));
        assertThat(manifests.ofKind("Deployment")).hasSize(RenderedManifests.SERVICES.size() - 1);
    }

    @Test
    void configMapCarriesTheServiceConfigWithTheExternalKafkaAndDatabase() {
        RenderedManifests manifests = ChartRenderer.render("""
                kafka:
                  bootstrapServers: broker-0.kafka.example:9092
                  topicPrefix: eu-
                postgresql:
                  jdbcUrl: jdbc:postgresql://pg.example:5432/hub
                  existingSecret: hub-db
                services:
                  order-sync:
                    config:
                      hub:
                        orders:
                          shops:
                            - shop-id: "7495000000000000001"
                              subsidiary: "3"
                """);

        var config = manifests.applicationConfig("order-sync");
        assertThat(RenderedManifests.at(config, "spring", "kafka", "bootstrap-servers")).isEqualTo("broker-0.kafka.example:9092");
        assertThat(RenderedManifests.at(config, "spring", "datasource", "url")).isEqualTo("jdbc:postgresql://pg.example:5432/hub");
        assertThat(RenderedManifests.at(config, "hub", "kafka", "topic-prefix")).isEqualTo("eu-");
        assertThat(RenderedManifests.at(config, "hub", "service", "schema")).isEqualTo("order_sync");
        assertThat(RenderedManifests.at(config, "hub", "orders", "shops")).asList().hasSize(1);
        assertThat(manifests.container("order-sync").get("env").toString())
                .contains("SPRING_CONFIG_ADDITIONAL_LOCATION").contains("file:/config/");
    }

    @Test
    void serviceEntriesAreMergedOverTheSharedDefaults() {
        RenderedManifests manifests = ChartRenderer.render("""
                default:
                  resources: {requests: {cpu: 500m, memory: 1Gi}, limits: {memory: 1Gi}}
                services:
                  settlement:
                    replicas: 0
                    resources: {limits: {memory: 2Gi}}
                """);

        assertThat(RenderedManifests.at(manifests.container("settlement"), "resources", "limits", "memory")).isEqualTo("2Gi");
        assertThat(RenderedManifests.at(manifests.container("settlement"), "resources", "requests", "cpu")).isEqualTo("500m");
        assertThat(RenderedManifests.at(manifests.container("order-sync"), "resources", "limits", "memory")).isEqualTo("1Gi");
        assertThat(RenderedManifests.at(manifests.get("Deployment", objectName("settlement")), "spec", "replicas")).isEqualTo(0);
    }
}
