package io.suitetok.runtime.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.event.InvalidEventException;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.config.HubProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;

/**
 * The hub's one dead-letter convention: a failing record is retried with bounded exponential
 * backoff, then published to {@code <topic>.DLT} on the same partition, with spring-kafka's
 * exception headers, and its offset is committed so the partition moves on. Bad data (an
 * unreadable envelope, a payload that breaks the model's rules) goes to the DLT at once: no
 * retry can fix it.
 */
public class DeadLetterPublishing implements DisposableBean {

    private final DefaultKafkaProducerFactory<String, Object> producerFactory;
    private final HubProperties.Retry retry;
    private final MeterRegistry meters;

    /**
     * A record that failed to deserialize reaches the recoverer as its raw bytes, one that failed
     * in the listener as an envelope; both are written to the DLT unchanged. The producer settings
     * (bootstrap servers, idempotence, acks) are the service's own.
     */
    public DeadLetterPublishing(ProducerFactory<?, ?> serviceProducers, HubProperties.Retry retry,
            MeterRegistry meters) {
        this.meters = meters;
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(EventEnvelope.class, new EventEnvelopeSerializer());
        this.producerFactory = new DefaultKafkaProducerFactory<>(serviceProducers.getConfigurationProperties(),
                new StringSerializer(), new DelegatingByTypeSerializer(byType));
        this.retry = retry;
    }

    public DefaultErrorHandler errorHandler() {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producerFactory),
                (record, error) -> new TopicPartition(record.topic() + HubTopic.DEAD_LETTER_SUFFIX, record.partition())) {
            @Override
            protected void publish(ProducerRecord<Object, Object> outRecord, KafkaOperations<Object, Object> kafka,
                    ConsumerRecord<?, ?> inRecord) {
                super.publish(outRecord, kafka, inRecord);
                deadLetters(meters, outRecord.topic()).increment();
            }
        };

        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());

        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(InvalidEventException.class, IllegalArgumentException.class);
        return handler;
    }

    /**
     * {@code hub.kafka.dead.letters{topic}} ({@code hub_kafka_dead_letters_total}), by dead-letter topic. Also called
     * at start-up for every declared {@code .DLT} topic, so the series exist before the first dead letter.
     */
    public static Counter deadLetters(MeterRegistry meters, String deadLetterTopic) {
        return Counter.builder("hub.kafka.dead.letters")
                .description("records sent to a dead-letter topic")
                .tag("topic", deadLetterTopic)
                .register(meters);
    }

    @Override
    public void destroy() {
        producerFactory.destroy();
    }
}
