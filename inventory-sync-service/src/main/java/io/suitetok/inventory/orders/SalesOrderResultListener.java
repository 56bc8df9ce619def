package io.suitetok.inventory.orders;

import io.suitetok.inventory.store.MovementStore;
import io.suitetok.inventory.store.OrderLineStore;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.order.SalesOrderResult;
import io.suitetok.runtime.inbox.Inbox;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A Sales Order written in NetSuite (orders.netsuite-results.v1) commits the order's units there. Its
 * lines stop counting as in flight only once a NetSuite read that started after this moment has been
 * stored: at no moment are the units missing from both NetSuite's committed quantity and the in-flight
 * count. The order's items are queued for such a read right away. Parked and waiting orders stay in
 * flight.
 */
@Component
public class SalesOrderResultListener {

    static final String CONSUMER = "inventory-sales-order-results";

    private final Inbox inbox;
    private final EventCodec codec;
    private final OrderLineStore lines;
    private final SkuMappingReplica mappings;
    private final MovementStore movements;

    public SalesOrderResultListener(Inbox inbox, EventCodec codec, OrderLineStore lines, SkuMappingReplica mappings,
            MovementStore movements) {
        this.inbox = inbox;
        this.codec = codec;
        this.lines = lines;
        this.mappings = mappings;
        this.movements = movements;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = "#{@hubTopicNames.name('orders.netsuite-results.v1')}")
    public void on(EventEnvelope event) {
        if (!"SalesOrderWritten".equals(event.type())) {
            return;
        }
        SalesOrderResult result = codec.payload(event, SalesOrderResult.class);
        inbox.processOnce(CONSUMER, event.eventId(), () -> {
            lines.markWritten(result.shopId(), result.orderId());
            Set<String> skus = new LinkedHashSet<>(result.units().keySet());
            skus.addAll(lines.skusOf(result.shopId(), result.orderId()));
            movements.enqueue(mappings.itemsOf(result.shopId(), skus));
        });
    }
}
