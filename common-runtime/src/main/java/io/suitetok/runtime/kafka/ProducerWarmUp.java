package io.suitetok.runtime.kafka;

import io.suitetok.model.event.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Fetches the producer's metadata for every topic the service declared before the service reports ready. The
 * first send to a topic otherwise fetches it then: in a LIVE burst the first webhooks all waited on that fetch
 * (and on loading the producer's classes) beyond {@code max.block.ms}, and were answered 503. Runners run before
 * Spring Boot's readiness turns to ACCEPTING_TRAFFIC. A broker that cannot be reached does not stop the start:
 * the producer fetches again on its first send, as it would have anyway.
 */
public final class ProducerWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProducerWarmUp.class);

    private final KafkaTemplate<String, EventEnvelope> kafka;
    private final HubTopicNames topics;

    public ProducerWarmUp(KafkaTemplate<String, EventEnvelope> kafka, HubTopicNames topics) {
        this.kafka = kafka;
        this.topics = topics;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String topic : topics.declaredTopics()) {
            try {
                log.debug("producer metadata for {}: {} partitions", topic, kafka.partitionsFor(topic).size());
            } catch (RuntimeException e) {
                log.warn("no producer metadata for {} before ready; the first send fetches it: {}", topic, e.toString());
            }
        }
    }
}
