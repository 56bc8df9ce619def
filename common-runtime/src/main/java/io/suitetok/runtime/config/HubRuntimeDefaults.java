package io.suitetok.runtime.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Spring settings that follow from the hub's conventions, added at the lowest precedence so any
 * service or deployment can still override them. They are placeholders over {@code hub.service.*}
 * so that a value set later (a test's schema, a Kubernetes env var) flows into Flyway, JDBC, JPA
 * and Kafka alike.
 */
public class HubRuntimeDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "hubRuntimeDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.containsProperty("hub.service.name")) {
            return; // not a hub service (a simulator started in the same JVM, say): leave it alone
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.application.name", "${hub.service.name}");

        // One schema per service: Flyway creates and migrates it, every connection works inside it.
        defaults.put("spring.flyway.schemas", "${hub.service.schema}");
        // Each service's migrations sit under its own name, so services sharing a classpath (the local
        // stack runs them all in one JVM) never pick up each other's.
        defaults.put("spring.flyway.locations", "classpath:db/${hub.service.name}");
        defaults.put("spring.flyway.default-schema", "${hub.service.schema}");
        defaults.put("spring.datasource.hikari.schema", "${hub.service.schema}");
        defaults.put("spring.jpa.properties.hibernate.default_schema", "${hub.service.schema}");

        // Producers: no lost or duplicated sends on retry.
        defaults.put("spring.kafka.producer.acks", "all");
        defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
        // A send blocks its caller while the cluster is unreachable; bound that so an edge (a webhook)
        // can answer "try again" instead of hanging for Kafka's default minute.
        defaults.put("spring.kafka.producer.properties.max.block.ms", "5000");
        defaults.put("spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer");
        defaults.put("spring.kafka.producer.value-serializer", "io.suitetok.runtime.kafka.EventEnvelopeSerializer");

        // Consumers: offsets committed per record after the listener (and its DB transaction) returned;
        // unreadable records become DeserializationExceptions that go straight to the dead-letter topic.
        defaults.put("spring.kafka.consumer.group-id", "${hub.service.name}");
        defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.key-deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        defaults.put("spring.kafka.consumer.value-deserializer",
                "org.springframework.kafka.support.serializer.ErrorHandlingDeserializer");
        defaults.put("spring.kafka.consumer.properties.spring.deserializer.value.delegate.class",
                "io.suitetok.runtime.kafka.EventEnvelopeDeserializer");
        defaults.put("spring.kafka.listener.ack-mode", "record");

        // Traces (docs/tracing.md): every send and every listener call is observed, so the W3C traceparent header
        // carries a trace from the webhook through each Kafka hop. Every trace is kept unless a deployment lowers
        // the probability; spans leave the process only when an OTLP endpoint is configured
        // (management.opentelemetry.tracing.export.otlp.endpoint), otherwise they only put ids into the logs.
        defaults.put("spring.kafka.template.observation-enabled", "true");
        defaults.put("spring.kafka.listener.observation-enabled", "true");
        defaults.put("management.tracing.sampling.probability", "${hub.tracing.sampling-probability:1.0}");

        // Operations: probes for Kubernetes, metrics tagged by service and flow, JSON logs.
        defaults.put("management.endpoint.health.probes.enabled", "true");
        // Liveness stays free of external checks (a database blip must not restart every pod);
        // readiness takes the pod out of the Service while its database is away.
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,db");
        // The management port (management.server.port, set per service) shows probes and Prometheus only:
        // it is for the cluster, not for people, and the other endpoints show configuration.
        defaults.put("management.endpoints.web.exposure.include", "health,prometheus");
        // Every error Spring MVC answers is a JSON problem body (RFC 9457): see HubProblemDetails.
        defaults.put("management.metrics.tags.service", "${hub.service.name}");
        defaults.put("management.metrics.tags.flow", "${hub.service.flow:hub}");
        if (environment.getProperty("hub.logging.json", Boolean.class, true)) {
            defaults.put("logging.structured.format.console", "ecs");
        }
        // Secrets: /actuator/env and /actuator/configprops show every value as ******, whoever asks. Boot's
        // default already is "never"; saying so here means a deployment must override it on purpose.
        defaults.put("management.endpoint.env.show-values", "never");
        defaults.put("management.endpoint.configprops.show-values", "never");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }
}
