package io.suitetok.inventory.catalog;

import io.suitetok.inventory.store.MovementStore;
import io.suitetok.inventory.store.SkuMappingStore;
import io.suitetok.model.catalog.SkuMapping;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.runtime.inbox.Inbox;
import java.util.ArrayList;
import java.util.List;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this service's copy of the SKU mapping. A SKU newly mapped (or mapped to another item) has
 * its item queued for a read, so its stock reaches TikTok without waiting for a recalculation.
 */
@Component
public class SkuMappingListener {

    static final String CONSUMER = "inventory-sku-mappings";

    private final Inbox inbox;
    private final EventCodec codec;
    private final SkuMappingStore mappings;
    private final MovementStore movements;

    public SkuMappingListener(Inbox inbox, EventCodec codec, SkuMappingStore mappings, MovementStore movements) {
        this.inbox = inbox;
        this.codec = codec;
        this.mappings = mappings;
        this.movements = movements;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = "#{@hubTopicNames.name('catalog.sku-mappings.v1')}")
    public void on(EventEnvelope event) {
        SkuMapping mapping = codec.payload(event, SkuMapping.class);
        inbox.processOnce(CONSUMER, event.eventId(), () -> {
            List<String> items = new ArrayList<>(List.of(mapping.netsuiteItemId().value()));
            mappings.save(mapping).filter(before -> !items.contains(before)).ifPresent(items::add);
            movements.enqueue(items);
        });
    }
}
