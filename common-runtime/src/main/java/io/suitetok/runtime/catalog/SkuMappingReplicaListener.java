package io.suitetok.runtime.catalog;

import io.suitetok.model.catalog.SkuMapping;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.runtime.inbox.Inbox;
import java.util.List;
import java.util.Optional;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Reads {@code catalog.sku-mappings.v1} into the replica, once per event, and hands each stored mapping
 * to the service's {@link SkuMappingObserver}s in the same transaction.
 */
public class SkuMappingReplicaListener {

    private final Inbox inbox;
    private final EventCodec codec;
    private final SkuMappingReplica replica;
    private final List<SkuMappingObserver> observers;
    private final String consumer;

    public SkuMappingReplicaListener(Inbox inbox, EventCodec codec, SkuMappingReplica replica,
            List<SkuMappingObserver> observers, String consumer) {
        this.inbox = inbox;
        this.codec = codec;
        this.replica = replica;
        this.observers = List.copyOf(observers);
        this.consumer = consumer;
    }

    @KafkaListener(id = "${hub.catalog-mappings.consumer:" + CatalogMappingsProperties.DEFAULT_CONSUMER + "}",
            idIsGroup = false, topics = "#{@hubTopicNames.name('catalog.sku-mappings.v1')}")
    public void on(EventEnvelope event) {
        SkuMapping mapping = codec.payload(event, SkuMapping.class);   // bad data: straight to the DLT
        inbox.processOnce(consumer, event.eventId(), () -> {
            Optional<MappedSku> before = replica.save(mapping);
            MappedSku now = MappedSku.of(mapping);
            observers.forEach(observer -> observer.mapped(before, now));
        });
    }
}
