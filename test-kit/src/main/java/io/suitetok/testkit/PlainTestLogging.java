package io.suitetok.testkit;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Test and local-stack runs log in plain text for people reading a console; deployments keep the
 * hub's JSON default. Runs before the runtime's defaults, which read this switch.
 */
public class PlainTestLogging implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // The embedded broker logs every partition it creates at INFO; only its problems matter here.
        environment.getPropertySources().addLast(new MapPropertySource("plainTestLogging", Map.of(
                "hub.logging.json", "false",
                "logging.level.kafka", "WARN",
                "logging.level.state.change.logger", "WARN",
                "logging.level.org.apache.kafka", "WARN")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
