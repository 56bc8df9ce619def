package io.suitetok.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * /actuator/env and /actuator/configprops would show secrets if values were shown: the hub states
 * "never" itself, so only a deliberate override can change it (a separate class from
 * HubRuntimeDefaultsTest so that issue 13's two branches merge without touching the same lines).
 */
class ActuatorValuesHiddenByDefaultTest {

    private static StandardEnvironment hubService(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service", properties));
        new HubRuntimeDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void envAndConfigpropsShowNoValuesUnlessADeploymentSaysSo() {
        StandardEnvironment defaults = hubService(Map.of("hub.service.name", "s"));
        StandardEnvironment overridden = hubService(Map.of("hub.service.name", "s",
                "management.endpoint.env.show-values", "when-authorized"));

        assertThat(defaults.getProperty("management.endpoint.env.show-values")).isEqualTo("never");
        assertThat(defaults.getProperty("management.endpoint.configprops.show-values")).isEqualTo("never");
        assertThat(overridden.getProperty("management.endpoint.env.show-values")).isEqualTo("when-authorized");
    }
}
