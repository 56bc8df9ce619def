package io.suitetok.helmchart;

import static io.suitetok.helmchart.RenderedManifests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Credentials reach the pods only as secretKeyRef; none is ever a value the chart renders. */
class SecretsByReferenceTest {

    /** Recognisable, so a leak into any rendered object is easy to find. */
    private static final String FAKE_PASSWORD = "FAKE-pw-Leak-Canary-5521";

    @Test
    @SuppressWarnings("unchecked")
    void credentialsComeFromTheNamedSecretsAsSecretKeyRefs() {
        RenderedManifests manifests = ChartRenderer.render("""
                postgresql:
                  existingSecret: hub-db
                  passwordKey: db-password
                services:
                  order-sync:
                    secretEnv:
                      HUB_SECURITY_TOKENS_OPS_TOKEN: {secretName: hub-callers, key: ops-token}
                """);

        List<Map<String, Object>> env = (List<Map<String, Object>>) manifests.container("order-sync").get("env");
        assertThat(byName(env, "SPRING_DATASOURCE_PASSWORD"))
                .isEqualTo(Map.of("name", "SPRING_DATASOURCE_PASSWORD",
                        "valueFrom", Map.of("secretKeyRef", Map.of("name", "hub-db", "key", "db-password"))));
        assertThat(at(byName(env, "HUB_SECURITY_TOKENS_OPS_TOKEN"), "valueFrom", "secretKeyRef", "name")).isEqualTo("hub-callers");
        for (String name : List.of("HUB_TIKTOK_APP_SECRET", "HUB_NETSUITE_TOKEN_SECRET", "HUB_NETSUITE_CONSUMER_SECRET")) {
            assertThat(byName(env, name)).as(name).doesNotContainKey("value").containsKey("valueFrom");
        }
        assertThat(manifests.ofKind("Secret")).as("the chart creates no Secret of its own").isEmpty();
    }

    @Test
    void aPasswordWrittenIntoTheApplicationConfigIsRefusedNotRendered() {
        String message = ChartRenderer.refusal("""
                services:
                  settlement:
                    config:
                      spring:
                        datasource:
                          password: %s
                """.formatted(FAKE_PASSWORD));

        assertThat(message).contains("services.settlement.config.spring.datasource.password looks like a credential")
                .doesNotContain(FAKE_PASSWORD);
    }

    @Test
    void aSecretInTheSharedConfigOrAListEntryIsRefusedToo() {
        assertThat(ChartRenderer.refusal("default:\n  config:\n    hub:\n      tiktok:\n        app-secret: " + FAKE_PASSWORD + "\n"))
                .contains("hub.tiktok.app-secret looks like a credential");
        assertThat(ChartRenderer.refusal("services:\n  order-sync:\n    config:\n      hub:\n        security:\n"
                + "          tokens:\n            ops:\n              token: " + FAKE_PASSWORD + "\n"))
                .contains("hub.security.tokens.ops.token looks like a credential");
    }

    @Test
    void aPasswordAsAPlainEnvironmentVariableOrAsASecretEnvValueIsRefusedByTheSchema() {
        assertThat(ChartRenderer.refusal("services:\n  order-sync:\n    env:\n      SPRING_DATASOURCE_PASSWORD: " + FAKE_PASSWORD + "\n"))
                .contains("invalid propertyName 'SPRING_DATASOURCE_PASSWORD'");
        assertThat(ChartRenderer.refusal("services:\n  order-sync:\n    secretEnv:\n      SPRING_DATASOURCE_PASSWORD: {value: "
                + FAKE_PASSWORD + "}\n"))
                .contains("additional properties 'value' not allowed");
    }

    @Test
    void aPlaceholderFilledFromASecretIsAllowedAndNoConfigMapHoldsTheValue() {
        String output = ChartRenderer.template("""
                services:
                  inventory-sync:
                    config:
                      hub:
                        inventory:
                          movement-secret: ${HUB_INVENTORY_MOVEMENT_SECRET}
                """);

        RenderedManifests manifests = RenderedManifests.parse(output);
        assertThat(output).doesNotContain(FAKE_PASSWORD);
        assertThat(at(manifests.applicationConfig("inventory-sync"), "hub", "inventory", "movement-secret"))
                .isEqualTo("${HUB_INVENTORY_MOVEMENT_SECRET}");
        for (Map<String, Object> configMap : manifests.ofKind("ConfigMap")) {
            assertThat(String.valueOf(configMap.get("data"))).doesNotContainIgnoringCase("password:");
        }
    }

    private static Map<String, Object> byName(List<Map<String, Object>> env, String name) {
        return env.stream().filter(e -> name.equals(e.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no env " + name));
    }
}
