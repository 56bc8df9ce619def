package io.suitetok.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class HubRuntimeDefaultsTest {

    private StandardEnvironment environmentWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("service", properties));
        new HubRuntimeDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void theServiceSchemaFlowsIntoFlywayJdbcAndJpaEvenWhenSetLater() {
        StandardEnvironment environment = environmentWith(Map.of("hub.service.name", "order-sync-service"));
        environment.getPropertySources().addFirst(new MapPropertySource("late", Map.of("hub.service.schema", "order_sync")));

        assertThat(environment.getProperty("spring.flyway.schemas")).isEqualTo("order_sync");
        assertThat(environment.getProperty("spring.datasource.hikari.schema")).isEqualTo("order_sync");
        assertThat(environment.getProperty("spring.jpa.properties.hibernate.default_schema")).isEqualTo("order_sync");
        assertThat(environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("order-sync-service");
    }

    @Test
    void anApplicationThatIsNoHubServiceIsLeftAlone() {
        StandardEnvironment simulator = environmentWith(Map.of("server.port", "18081"));

        assertThat(simulator.getPropertySources().contains(HubRuntimeDefaults.SOURCE_NAME)).isFalse();
        assertThat(simulator.getProperty("spring.kafka.producer.acks")).isNull();
    }

    @Test
    void producersAreIdempotentWithAllReplicasAcknowledging() {
        StandardEnvironment environment = environmentWith(Map.of("hub.service.name", "s"));

        assertThat(environment.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
        assertThat(environment.getProperty("spring.kafka.producer.properties.enable.idempotence")).isEqualTo("true");
        assertThat(environment.getProperty("spring.kafka.consumer.enable-auto-commit")).isEqualTo("false");
    }

    @Test
    void logsAreJsonUnlessSwitchedOffAndAServiceCanOverrideAnyDefault() {
        assertThat(environmentWith(Map.of("hub.service.name", "s")).getProperty("logging.structured.format.console"))
                .isEqualTo("ecs");
        assertThat(environmentWith(Map.of("hub.service.name", "s", "hub.logging.json", "false"))
                .getProperty("logging.structured.format.console")).isNull();
        assertThat(environmentWith(Map.of("hub.service.name", "s", "spring.kafka.consumer.auto-offset-reset", "latest"))
                .getProperty("spring.kafka.consumer.auto-offset-reset")).isEqualTo("latest");
    }
}
