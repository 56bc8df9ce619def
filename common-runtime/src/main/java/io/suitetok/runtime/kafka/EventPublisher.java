package io.suitetok.runtime.kafka;

import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.correlation.CorrelationId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Sends envelopes keyed by their business key, with the correlation id, event id and type as
 * headers so that an engineer tailing a topic (or a tool that only reads headers) can follow one
 * order across services. Most events go through the outbox; direct sends are for the edges where
 * Kafka itself is the durable store (a webhook is acknowledged only once its event is on Kafka).
 */
public class EventPublisher {

    public static final String EVENT_ID_HEADER = "hub-event-id";
    public static final String EVENT_TYPE_HEADER = "hub-event-type";

    private final KafkaTemplate<String, EventEnvelope> kafka;
    private final HubTopicNames topicNames;

    public EventPublisher(KafkaTemplate<String, EventEnvelope> kafka, HubTopicNames topicNames) {
        this.kafka = kafka;
        this.topicNames = topicNames;
    }

    public CompletableFuture<SendResult<String, EventEnvelope>> publish(HubTopic topic, EventEnvelope event) {
        return publishTo(topicNames.name(topic), event);
    }

    /**
     * Publishes and waits until every in-sync replica has the record ({@code acks=all}).
     *
     * @throws EventNotPublishedException when Kafka did not acknowledge in time
     */
    public void publishAndWait(HubTopic topic, EventEnvelope event, Duration timeout) {
        try {
            publish(topic, event).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventNotPublishedException(event, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new EventNotPublishedException(event, e);
        }
    }

    /** For the outbox relay, which stored the resolved topic name with the row. */
    public CompletableFuture<SendResult<String, EventEnvelope>> publishTo(String topicName, EventEnvelope event) {
        ProducerRecord<String, EventEnvelope> record = new ProducerRecord<>(topicName, event.key(), event);
        record.headers()
                .add(CorrelationId.KAFKA_HEADER, event.correlationId().getBytes(StandardCharsets.UTF_8))
                .add(EVENT_ID_HEADER, event.eventId().toString().getBytes(StandardCharsets.UTF_8))
                .add(EVENT_TYPE_HEADER, event.type().getBytes(StandardCharsets.UTF_8));
        return kafka.send(record);
    }
}
