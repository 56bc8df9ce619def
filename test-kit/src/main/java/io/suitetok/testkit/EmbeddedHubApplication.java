package io.suitetok.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a hub service in its own Spring context against the shared infrastructure: for tests
 * that stop and restart a service (a crash), and for running several services side by side.
 */
public final class EmbeddedHubApplication {

    private EmbeddedHubApplication() {
    }

    /** The isolation settings go in as command-line arguments, above the service's own files. */
    public static ConfigurableApplicationContext start(Class<?> application, String isolation, String... extraArgs) {
        List<String> args = new ArrayList<>();
        Map<String, Object> properties = new java.util.LinkedHashMap<>(TestCallers.springProperties());
        properties.putAll(EmbeddedInfrastructure.springProperties(isolation));
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            args.add("--" + property.getKey() + "=" + property.getValue());
        }
        args.addAll(List.of(extraArgs));
        return new SpringApplicationBuilder(application).run(args.toArray(String[]::new));
    }
}
