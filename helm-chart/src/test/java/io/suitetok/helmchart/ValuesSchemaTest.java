package io.suitetok.helmchart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** values.schema.json refuses a bad value before anything renders, and says where it is. */
class ValuesSchemaTest {

    @Test
    void negativeReplicasAreRefused() {
        assertThat(ChartRenderer.refusal("services:\n  order-sync:\n    replicas: -1\n"))
                .contains("values don't meet the specifications of the schema")
                .contains("/services/order-sync/replicas': minimum: got -1, want 0");
    }

    @Test
    void replicasAsAStringAreRefused() {
        assertThat(ChartRenderer.refusal("services:\n  order-sync:\n    replicas: \"two\"\n"))
                .contains("/services/order-sync/replicas': got string, want integer");
    }

    @Test
    void anUnknownFieldInAServiceIsRefused() {
        assertThat(ChartRenderer.refusal("services:\n  order-sync:\n    replica: 2\n"))
                .contains("additional properties 'replica' not allowed");
    }

    @Test
    void aServiceWithoutAnImageRepositoryIsRefused() {
        assertThat(ChartRenderer.refusal("""
                services:
                  audit-sync:
                    enabled: true
                    ports: {http: 8086, management: 9086}
                    image: {tag: "1.0"}
                """)).contains("/services/audit-sync/image': missing property 'repository'");
    }

    @Test
    void aJdbcUrlThatIsNotPostgresqlIsRefused() {
        assertThat(ChartRenderer.refusal("postgresql:\n  jdbcUrl: postgres://db:5432/hub\n"))
                .contains("/postgresql/jdbcUrl");
    }

    @Test
    void aPerServiceSwitchInTheSharedBlockIsRefused() {
        // Helm's merge cannot let a service's false or 0 replace a shared true or number.
        assertThat(ChartRenderer.refusal("default:\n  enabled: false\n")).contains("/default/enabled");
        assertThat(ChartRenderer.refusal("default:\n  hpa: {enabled: true}\n")).contains("/default/hpa");
    }
}
