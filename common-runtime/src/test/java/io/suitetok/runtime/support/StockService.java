package io.suitetok.runtime.support;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.outbox.OutboxWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A producer written the way every hub service writes one: change and event in one transaction. */
@Service
public class StockService {

    private final JdbcTemplate jdbc;
    private final OutboxWriter outbox;
    private final EventCodec codec;

    public StockService(JdbcTemplate jdbc, OutboxWriter outbox, EventCodec codec) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.codec = codec;
    }

    public EventEnvelope movement(String sku, int quantity) {
        return codec.envelope(StockEvents.StockMoved, "runtime-test", sku, sku, null, new StockMovement(sku, quantity));
    }

    @Transactional
    public EventEnvelope recordAndAnnounce(String sku, int quantity) {
        EventEnvelope event = movement(sku, quantity);
        jdbc.update("insert into stock_movement (event_id, sku, quantity) values (?, ?, ?)", event.eventId(), sku,
                quantity);
        outbox.enqueue(HubTopic.INVENTORY_LEVELS, event);
        return event;
    }
}
