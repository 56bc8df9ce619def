package io.suitetok.runtime.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings every service shares, under {@code hub.*}. Each service adds its own under
 * {@code hub.<service>.*}.
 */
@Validated
@ConfigurationProperties("hub")
public record HubProperties(@Valid @NotNull Service service, @Valid @NotNull @DefaultValue Kafka kafka,
        @Valid @NotNull @DefaultValue Outbox outbox) {

    /**
     * @param name   the service name: metrics tag, Kafka consumer group, event source
     * @param flow   the flow it serves (orders, inventory, catalog, pricing, settlement): metrics tag
     * @param schema its own PostgreSQL schema, where Flyway, JDBC and JPA all work
     */
    public record Service(
            @NotBlank String name,
            @NotBlank @DefaultValue("hub") String flow,
            @NotBlank @Pattern(regexp = "[a-z_][a-z0-9_]*", message = "must be a lower-case SQL identifier") String schema) {
    }

    /**
     * @param topicPrefix       put in front of every topic name: lets several hubs share a cluster,
     *                          and isolates test classes on one broker
     * @param partitions        partitions of each declared topic and of its dead-letter twin
     * @param replicationFactor replicas of each declared topic; 0 leaves it to the broker default
     */
    public record Kafka(
            @DefaultValue("") String topicPrefix,
            @Min(1) @DefaultValue("6") int partitions,
            @Min(0) @DefaultValue("0") int replicationFactor,
            @Valid @DefaultValue Retry retry) {
    }

    /** Bounded exponential backoff before a failing record goes to its dead-letter topic. */
    public record Retry(
            @Min(0) @DefaultValue("4") int maxRetries,
            @NotNull @DefaultValue("500ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @NotNull @DefaultValue("5s") Duration maxInterval) {
    }

    /**
     * @param relayEnabled  whether this replica relays outbox rows to Kafka
     * @param pollInterval  how often the relay looks for unpublished rows
     * @param batchSize     rows per relay round
     * @param sendTimeout   how long the relay waits for Kafka to acknowledge a batch
     */
    public record Outbox(
            @DefaultValue("true") boolean relayEnabled,
            @NotNull @DefaultValue("200ms") Duration pollInterval,
            @Min(1) @DefaultValue("200") int batchSize,
            @NotNull @DefaultValue("10s") Duration sendTimeout) {
    }
}
