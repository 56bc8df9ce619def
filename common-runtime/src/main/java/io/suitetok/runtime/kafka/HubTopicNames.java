package io.suitetok.runtime.kafka;

import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.config.HubProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Resolves catalogue topics to their names on this cluster (with the configured prefix) and
 * declares them. Listeners name topics through it in SpEL:
 * {@code @KafkaListener(topics = "#{@hubTopicNames.name('orders.v1')}")}.
 */
public class HubTopicNames {

    private final HubProperties.Kafka settings;

    private final Set<String> declaredDeadLetters = ConcurrentHashMap.newKeySet();
    private final Set<String> declaredTopics = ConcurrentHashMap.newKeySet();

    public HubTopicNames(HubProperties.Kafka settings) {
        this.settings = settings;
    }

    public String name(HubTopic topic) {
        return settings.topicPrefix() + topic.topicName();
    }

    /** For SpEL in listener annotations, where only the catalogue's constant strings are at hand. */
    public String name(String catalogueName) {
        for (HubTopic topic : HubTopic.values()) {
            if (topic.topicName().equals(catalogueName)) {
                return name(topic);
            }
        }
        throw new IllegalArgumentException("'" + catalogueName + "' is not in the hub's topic catalogue");
    }

    public String deadLetterName(HubTopic topic) {
        return name(topic) + HubTopic.DEAD_LETTER_SUFFIX;
    }

    /**
     * The topics a service owns or reads, each with its dead-letter twin. The twin has the same
     * partition count, so a dead letter lands on the partition its original came from.
     */
    public KafkaAdmin.NewTopics declare(HubTopic... topics) {
        List<NewTopic> declared = new ArrayList<>();
        for (HubTopic topic : topics) {
            declared.add(build(name(topic), topic.cleanupPolicy().kafkaValue()));
            declaredTopics.add(name(topic));
            declared.add(build(deadLetterName(topic), TopicConfig.CLEANUP_POLICY_DELETE));
            declaredDeadLetters.add(deadLetterName(topic));
        }
        return new KafkaAdmin.NewTopics(declared.toArray(NewTopic[]::new));
    }

    /** The topics (not their dead-letter twins) declared so far (all of them once the context has started). */
    public Set<String> declaredTopics() {
        return Set.copyOf(declaredTopics);
    }

    /** The dead-letter topics declared so far (all of them once the context has started). */
    public Set<String> declaredDeadLetterTopics() {
        return Set.copyOf(declaredDeadLetters);
    }

    private NewTopic build(String name, String cleanupPolicy) {
        TopicBuilder builder = TopicBuilder.name(name)
                .partitions(settings.partitions())
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy);
        if (settings.replicationFactor() > 0) {
            builder.replicas(settings.replicationFactor());
        }
        return builder.build();
    }
}
