package io.suitetok.runtime.support;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.runtime.correlation.CorrelationId;
import io.suitetok.runtime.inbox.Inbox;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A consumer written the way every hub service writes one: through the inbox, with its effect in
 * the same transaction. SKUs starting with "FLAKY" fail their first attempts, to exercise retries;
 * "BROKEN" ones always fail.
 */
@Component
public class StockMovementListener {

    public static final String CONSUMER = "stock-movements";

    private final Inbox inbox;
    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final ConcurrentHashMap<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> loggedCorrelationIds = new ConcurrentHashMap<>();

    public StockMovementListener(Inbox inbox, JdbcTemplate jdbc, EventCodec codec) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.codec = codec;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = "#{@hubTopicNames.name('inventory.levels.v1')}")
    public void on(EventEnvelope event) {
        loggedCorrelationIds.put(event.eventId().toString(), String.valueOf(MDC.get(CorrelationId.MDC_KEY)));
        int attempt = attempts.computeIfAbsent(event.eventId().toString(), id -> new AtomicInteger()).incrementAndGet();
        StockMovement movement = codec.payload(event, StockMovement.class);
        if (movement.sku().startsWith("FLAKY") && attempt <= 2) {
            throw new IllegalStateException("transient failure " + attempt + " for " + movement.sku());
        }
        if (movement.sku().startsWith("BROKEN")) {
            throw new IllegalStateException("downstream is down for " + movement.sku());
        }
        inbox.processOnce(CONSUMER, event.eventId(), () -> jdbc.update(
                "insert into applied_movement (event_id, sku, quantity) values (?, ?, ?)",
                event.eventId(), movement.sku(), movement.quantity()));
    }

    /** The correlation id the logging context held while this event was handled. */
    public String correlationIdLoggedFor(EventEnvelope event) {
        return loggedCorrelationIds.get(event.eventId().toString());
    }

    public int attemptsFor(EventEnvelope event) {
        AtomicInteger count = attempts.get(event.eventId().toString());
        return count == null ? 0 : count.get();
    }
}
