package io.suitetok.runtime.outbox;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.HubTopicNames;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes an event to the outbox table inside the business transaction, so that the database
 * change and the event exist together or not at all. {@link OutboxRelay} publishes it later.
 */
public record OutboxWriter(JdbcTemplate jdbc, EventCodec codec, HubTopicNames topicNames) {

    public void enqueue(HubTopic topic, EventEnvelope event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an outbox event must be written inside the transaction of the change it "
                    + "announces; none is active for " + event.type() + " " + event.key());
        }
        jdbc.update("insert into outbox (event_id, topic, message_key, envelope) values (?, ?, ?, ?::jsonb)",
                event.eventId(), topicNames.name(topic), event.key(),
                new String(codec.write(event), StandardCharsets.UTF_8));
    }
}
