package io.suitetok.orders.settlement;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.settlement.OrdersSettled;
import io.suitetok.runtime.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads settlement-service's {@code OrdersSettled} into the order journey, once per event. The
 * {@code StatementSettled} beside them on the topic is finance's, not the order's, and is passed over.
 */
@Component
public class OrdersSettledListener {

    static final String CONSUMER = "order-settlements";
    static final String ORDERS_SETTLED = "OrdersSettled";

    private final Inbox inbox;
    private final EventCodec codec;
    private final SettlementJourney journey;

    public OrdersSettledListener(Inbox inbox, EventCodec codec, SettlementJourney journey) {
        this.inbox = inbox;
        this.codec = codec;
        this.journey = journey;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = "#{@hubTopicNames.name('settlement.statements.v1')}")
    public void on(EventEnvelope event) {
        if (!ORDERS_SETTLED.equals(event.type())) {
            return;
        }
        OrdersSettled settled = codec.payload(event, OrdersSettled.class);   // bad data: straight to the DLT
        inbox.processOnce(CONSUMER, event.eventId(), () -> journey.record(settled));
    }
}
