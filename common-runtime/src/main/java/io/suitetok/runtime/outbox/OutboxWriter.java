package io.suitetok.runtime.outbox;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.runtime.tracing.TraceParents;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes an event to the outbox table inside the business transaction, so that the database
 * change and the event exist together or not at all. {@link OutboxRelay} publishes it later, as part of the
 * trace that wrote it (the row keeps the writer's {@code traceparent}).
 */
public record OutboxWriter(JdbcTemplate jdbc, EventCodec codec, HubTopicNames topicNames, TraceParents traces) {

    private static final String INSERT = "insert into outbox (event_id, topic, message_key, envelope, traceparent) "
            + "values (?, ?, ?, ?::jsonb, ?)";

    public OutboxWriter(JdbcTemplate jdbc, EventCodec codec, HubTopicNames topicNames) {
        this(jdbc, codec, topicNames, TraceParents.none());
    }

    public void enqueue(HubTopic topic, EventEnvelope event) {
        requireTransaction(event);
        jdbc.update(INSERT, event.eventId(), topicNames.name(topic), event.key(),
                new String(codec.write(event), StandardCharsets.UTF_8), traces.current());
    }

    /** Many events of one change in one batch (a recalculation announces thousands); kept in this order. */
    public void enqueueAll(HubTopic topic, List<EventEnvelope> events) {
        if (events.isEmpty()) {
            return;
        }
        requireTransaction(events.get(0));
        String name = topicNames.name(topic);
        String traceParent = traces.current();
        jdbc.batchUpdate(INSERT, events, 500, (statement, event) -> {
            statement.setObject(1, event.eventId());
            statement.setString(2, name);
            statement.setString(3, event.key());
            statement.setString(4, new String(codec.write(event), StandardCharsets.UTF_8));
            statement.setString(5, traceParent);
        });
    }

    private static void requireTransaction(EventEnvelope event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an outbox event must be written inside the transaction of the change it "
                    + "announces; none is active for " + event.type() + " " + event.key());
        }
    }
}
