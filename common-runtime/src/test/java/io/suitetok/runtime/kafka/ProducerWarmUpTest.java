package io.suitetok.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.config.HubProperties;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

class ProducerWarmUpTest {

    @Test
    void theTopicsToWarmAreTheDeclaredOnesNotTheirDeadLetterTwins() {
        HubTopicNames names = new HubTopicNames(new HubProperties.Kafka("t_", 3, 0,
                new HubProperties.Retry(4, Duration.ofMillis(500), 2.0, Duration.ofSeconds(5))));
        names.declare(HubTopic.ORDERS, HubTopic.INVENTORY_LEVELS);

        assertThat(names.declaredTopics()).containsExactlyInAnyOrder(names.name(HubTopic.ORDERS),
                names.name(HubTopic.INVENTORY_LEVELS));
    }

    @Test
    void aBrokerThatCannotBeReachedDoesNotStopTheStart() {
        HubTopicNames names = new HubTopicNames(new HubProperties.Kafka("", 3, 0,
                new HubProperties.Retry(4, Duration.ofMillis(500), 2.0, Duration.ofSeconds(5))));
        names.declare(HubTopic.ORDERS);
        DefaultKafkaProducerFactory<String, EventEnvelope> producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9", ProducerConfig.MAX_BLOCK_MS_CONFIG, 200),
                new StringSerializer(), (topic, event) -> new byte[0]);
        try {
            assertThatCode(() -> new ProducerWarmUp(new KafkaTemplate<>(producers), names).run(null))
                    .doesNotThrowAnyException();
        } finally {
            producers.destroy();
        }
    }
}
