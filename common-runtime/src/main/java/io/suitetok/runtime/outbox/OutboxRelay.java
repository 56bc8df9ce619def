package io.suitetok.runtime.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.runtime.config.HubProperties;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.runtime.tracing.TraceParents;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in id order and marks them published. At-least-once: a crash
 * after Kafka acknowledged but before the mark commits publishes the row again after restart,
 * and the consumers' inbox absorbs the repeat. Only one replica relays a schema at a time (a
 * transaction-scoped advisory lock), which keeps each key's events in order across replicas.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EventPublisher publisher;
    private final EventCodec codec;
    private final HubProperties.Outbox settings;
    private final Counter published;
    private final TraceParents traces;
    private ScheduledExecutorService scheduler;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transaction, EventPublisher publisher, EventCodec codec,
            HubProperties.Outbox settings, MeterRegistry meters) {
        this(jdbc, transaction, publisher, codec, settings, meters, TraceParents.none());
    }

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transaction, EventPublisher publisher, EventCodec codec,
            HubProperties.Outbox settings, MeterRegistry meters, TraceParents traces) {
        this.traces = traces;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.publisher = publisher;
        this.codec = codec;
        this.settings = settings;
        this.published = meters.counter("hub.outbox.published");
        meters.gauge("hub.outbox.pending", this, OutboxRelay::countPending);
    }

    /** One relay round: publishes up to a batch of rows and returns how many were marked published. */
    public int relayPending() {
        Integer count = transaction.execute(status -> {
            Boolean locked = jdbc.queryForObject(
                    "select pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox'))", Boolean.class);
            if (!Boolean.TRUE.equals(locked)) {
                return 0; // another replica is relaying this schema
            }
            List<PendingRow> rows = jdbc.query(
                    "select id, topic, envelope::text as envelope, traceparent from outbox where published_at is null "
                            + "order by id limit ?",
                    (rs, i) -> new PendingRow(rs.getLong("id"), rs.getString("topic"),
                            codec.read(rs.getString("envelope").getBytes(StandardCharsets.UTF_8)),
                            rs.getString("traceparent")),
                    settings.batchSize());
            List<Long> acknowledged = publishInOrder(rows);
            if (!acknowledged.isEmpty()) {
                jdbc.update("update outbox set published_at = now() where id = any(?)",
                        (Object) acknowledged.toArray(Long[]::new));
            }
            return acknowledged.size();
        });
        published.increment(count == null ? 0 : count);
        return count == null ? 0 : count;
    }

    /**
     * Sends the whole batch at once (the idempotent producer keeps per-partition order), then
     * waits for the acknowledgements in order and stops at the first failure: only the
     * acknowledged prefix is marked, the rest is retried next round.
     */
    private List<Long> publishInOrder(List<PendingRow> rows) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (PendingRow row : rows) {
            // The send (and the producer span Kafka's observation opens, whose context goes out as the record's
            // traceparent header) happens inside a span continuing the trace that wrote the row.
            sends.add(row.traceParent() == null ? publisher.publishTo(row.topic(), row.envelope())
                    : traces.inSpan("outbox relay", List.of(row.traceParent()),
                            () -> publisher.publishTo(row.topic(), row.envelope())));
        }
        List<Long> acknowledged = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                sends.get(i).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                acknowledged.add(rows.get(i).id());
            } catch (Exception e) {
                log.warn("outbox row {} ({} to {}) not acknowledged by Kafka; will retry: {}", rows.get(i).id(),
                        rows.get(i).envelope().type(), rows.get(i).topic(), e.toString());
                break;
            }
        }
        return acknowledged;
    }

    private double countPending() {
        try {
            Long pending = jdbc.queryForObject("select count(*) from outbox where published_at is null", Long.class);
            return pending == null ? 0 : pending;
        } catch (RuntimeException e) {
            return Double.NaN; // the database is away; the gauge must not break the scrape
        }
    }

    private void relayQuietly() {
        try {
            while (relayPending() == settings.batchSize()) {
                // a full batch means more may be waiting: drain before sleeping
            }
        } catch (RuntimeException e) {
            log.warn("outbox relay round failed; retrying in {}: {}", settings.pollInterval(), e.toString());
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::relayQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public boolean isAutoStartup() {
        return settings.relayEnabled();
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private record PendingRow(long id, String topic, EventEnvelope envelope, String traceParent) {
    }
}
