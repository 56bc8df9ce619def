package io.suitetok.runtime.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The idempotent consumer. A marker row (consumer, message id) is inserted in the same database
 * transaction as the handler's effect: if the row is already there, the event was handled before
 * and the work is skipped; if the work fails, the marker rolls back with it and a redelivery
 * tries again. Two replicas racing on the same event serialize on the primary key, and the loser
 * sees the winner's row once it commits.
 */
public class Inbox {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Counter processed;
    private final Counter duplicates;

    public Inbox(JdbcTemplate jdbc, TransactionTemplate transaction, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.processed = meters.counter("hub.inbox.events", "outcome", "processed");
        this.duplicates = meters.counter("hub.inbox.events", "outcome", "duplicate");
    }

    /**
     * Runs {@code work} once per (consumer, event id), inside the caller's transaction or a new one.
     *
     * @return true when the work ran, false when the event had already been processed
     */
    public boolean processOnce(String consumer, UUID eventId, Runnable work) {
        Boolean ran = transaction.execute(status -> {
            if (!claim(consumer, eventId)) {
                return false;
            }
            work.run();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    /**
     * Claims one event for work that the caller does in its own, already open transaction (a batch of
     * events handled together): true when the event is new, false when it was processed before or was
     * claimed earlier in this transaction. The claim rolls back with the caller's work.
     */
    public boolean claim(String consumer, UUID eventId) {
        boolean claimed = jdbc.update("insert into inbox (consumer, message_id) values (?, ?) on conflict do nothing",
                consumer, eventId) == 1;
        (claimed ? processed : duplicates).increment();
        return claimed;
    }
}
