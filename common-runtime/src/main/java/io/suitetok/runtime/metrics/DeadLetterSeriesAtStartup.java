package io.suitetok.runtime.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.runtime.kafka.DeadLetterPublishing;
import io.suitetok.runtime.kafka.HubTopicNames;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Registers {@code hub_kafka_dead_letters_total} at zero for every dead-letter topic the service declared (through
 * {@link HubTopicNames#declare}), so a freshly started service is scraped with them and an alert on
 * {@code increase(...)} sees the first one.
 */
public final class DeadLetterSeriesAtStartup implements SmartInitializingSingleton {

    private final HubTopicNames topics;
    private final MeterRegistry meters;

    public DeadLetterSeriesAtStartup(HubTopicNames topics, MeterRegistry meters) {
        this.topics = topics;
        this.meters = meters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        topics.declaredDeadLetterTopics().forEach(name -> DeadLetterPublishing.deadLetters(meters, name));
    }
}
