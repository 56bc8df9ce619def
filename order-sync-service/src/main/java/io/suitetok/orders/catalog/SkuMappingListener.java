package io.suitetok.orders.catalog;

import io.suitetok.model.catalog.SkuMapping;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.orders.store.OrderSnapshotStore;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.orders.store.SkuItemStore;
import io.suitetok.runtime.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this service's copy of the catalogue's SKU mapping, and releases orders parked for want of
 * the SKU that just got mapped: they go back to the Sales Order flusher.
 */
@Component
public class SkuMappingListener {

    static final String CONSUMER = "order-sku-mappings";

    private final Inbox inbox;
    private final EventCodec codec;
    private final SkuItemStore skus;
    private final OrderSnapshotStore snapshots;
    private final OrderStateStore states;

    public SkuMappingListener(Inbox inbox, EventCodec codec, SkuItemStore skus, OrderSnapshotStore snapshots,
            OrderStateStore states) {
        this.inbox = inbox;
        this.codec = codec;
        this.skus = skus;
        this.snapshots = snapshots;
        this.states = states;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = "#{@hubTopicNames.name('catalog.sku-mappings.v1')}")
    public void on(EventEnvelope event) {
        SkuMapping mapping = codec.payload(event, SkuMapping.class);
        inbox.processOnce(CONSUMER, event.eventId(), () -> {
            String shop = mapping.shopId().value();
            skus.save(shop, mapping.sellerSku().value(), mapping.netsuiteItemId().value(),
                    mapping.tiktokSkuId() == null ? null : mapping.tiktokSkuId().value());
            for (String orderId : snapshots.parkedOrdersWithSku(shop, mapping.sellerSku().value())) {
                snapshots.requeue(shop, orderId);
                states.journey(shop, orderId, "RELEASED", "seller SKU " + mapping.sellerSku() + " is now mapped");
            }
        });
    }
}
