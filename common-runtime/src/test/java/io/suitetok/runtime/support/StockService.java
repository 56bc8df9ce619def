package io.suitetok.runtime.support;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.outbox.OutboxWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** A producer written the way every hub service writes one: change and event in one transaction. */
@Service
public record StockService(JdbcTemplate jdbc, OutboxWriter outbox, EventCodec codec, TransactionTemplate transaction) {

    public EventEnvelope movement(String sku, int quantity) {
        return codec.envelope(StockEvents.StockMoved, "runtime-test", sku, sku, null, new StockMovement(sku, quantity));
    }

    /** Joins the caller's transaction when there is one, as a {@code @Transactional} method would. */
    public EventEnvelope recordAndAnnounce(String sku, int quantity) {
        EventEnvelope event = movement(sku, quantity);
        transaction.executeWithoutResult(status -> {
            jdbc.update("insert into stock_movement (event_id, sku, quantity) values (?, ?, ?)", event.eventId(), sku,
                    quantity);
            outbox.enqueue(HubTopic.INVENTORY_LEVELS, event);
        });
        return event;
    }
}
