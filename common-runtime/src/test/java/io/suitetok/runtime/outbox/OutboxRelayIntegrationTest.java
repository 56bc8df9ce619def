package io.suitetok.runtime.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.runtime.kafka.HubTopicNames;
import io.suitetok.runtime.support.RuntimeTestApplication;
import io.suitetok.runtime.support.StockService;
import io.suitetok.testkit.EmbeddedHubApplication;
import io.suitetok.testkit.IsolationName;
import io.suitetok.testkit.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox across process lifetimes: each test starts the service in its own Spring context
 * and "crashes" it by closing the context at the worst moment.
 */
class OutboxRelayIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ISOLATION = IsolationName.of(OutboxRelayIntegrationTest.class);

    private ConfigurableApplicationContext service;

    @AfterEach
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aRowCommittedJustBeforeACrashIsPublishedExactlyOnceAfterRestart() {
        service = start("--hub.outbox.relay-enabled=false");
        EventEnvelope event = service.getBean(StockService.class).recordAndAnnounce("CRASH-BEFORE-PUBLISH", 5);
        service.close(); // crash: the change is committed, the event never reached Kafka
        assertThat(recordsOf(event, Duration.ofSeconds(2))).isEmpty();

        service = start("--hub.outbox.relay-enabled=true");

        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        await().atMost(WAIT).until(() -> jdbc.queryForObject(
                "select published_at is not null from outbox where event_id = ?", Boolean.class, event.eventId()));
        assertThat(recordsOf(event, WAIT)).hasSize(1);
        await().atMost(WAIT).until(() -> appliedCount(jdbc, event) == 1);
    }

    @Test
    void aCrashAfterPublishBeforeTheMarkRepublishesAndTheInboxAbsorbsTheRepeat() {
        service = start("--hub.outbox.relay-enabled=false");
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        OutboxRelay relay = service.getBean(OutboxRelay.class);
        EventEnvelope event = service.getBean(StockService.class).recordAndAnnounce("CRASH-AFTER-PUBLISH", 2);
        // The mark fails after Kafka acknowledged: the relay's transaction rolls back as in a crash.
        jdbc.execute("create function refuse_mark() returns trigger language plpgsql as "
                + "$$ begin raise exception 'simulated crash before the mark'; end $$");
        jdbc.execute("create trigger refuse_mark before update on outbox for each row execute function refuse_mark()");

        assertThatThrownBy(relay::relayPending).hasMessageContaining("simulated crash before the mark");
        jdbc.execute("drop trigger refuse_mark on outbox");
        assertThat(relay.relayPending()).isEqualTo(1);

        assertThat(recordsOf(event, WAIT)).as("at least once: published twice").hasSize(2);
        await().atMost(WAIT).until(() -> appliedCount(jdbc, event) == 1);
        assertThat(jdbc.queryForObject("select count(*) from inbox where message_id = ?", Integer.class,
                event.eventId())).isEqualTo(1);
    }

    @Test
    void aRolledBackChangeLeavesNoEventBehind() {
        service = start("--hub.outbox.relay-enabled=false");
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        StockService stock = service.getBean(StockService.class);

        EventEnvelope event = service.getBean(TransactionTemplate.class).execute(status -> {
            EventEnvelope written = stock.recordAndAnnounce("ROLLED-BACK", 1);
            status.setRollbackOnly();
            return written;
        });

        assertThat(jdbc.queryForObject("select count(*) from outbox where event_id = ?", Integer.class,
                event.eventId())).isZero();
    }

    @Test
    void anEventWrittenOutsideATransactionIsRefused() {
        service = start("--hub.outbox.relay-enabled=false");
        StockService stock = service.getBean(StockService.class);
        OutboxWriter outbox = service.getBean(OutboxWriter.class);

        assertThatThrownBy(() -> outbox.enqueue(HubTopic.INVENTORY_LEVELS, stock.movement("NO-TX", 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the transaction");
    }

    @Test
    void eventsOfOneKeyArePublishedInTheOrderTheyWereWritten() {
        service = start("--hub.outbox.relay-enabled=false");
        StockService stock = service.getBean(StockService.class);
        List<EventEnvelope> written = List.of(stock.recordAndAnnounce("ORDERED", 1),
                stock.recordAndAnnounce("ORDERED", 2), stock.recordAndAnnounce("ORDERED", 3));

        service.getBean(OutboxRelay.class).relayPending();

        List<String> publishedIds = TopicRecords.read(topic(), 3, WAIT, Duration.ofMillis(500)).stream()
                .filter(record -> "ORDERED".equals(record.key()))
                .map(record -> header(record, EventPublisher.EVENT_ID_HEADER)).toList();
        assertThat(publishedIds).containsExactlyElementsOf(
                written.stream().map(event -> event.eventId().toString()).toList());
    }

    @Test
    void anEventWrittenInsideATraceIsPublishedAsPartOfThatTrace() {
        service = start("--hub.outbox.relay-enabled=false");
        io.micrometer.tracing.Tracer tracer = service.getBean(io.micrometer.tracing.Tracer.class);
        io.micrometer.tracing.Span request = tracer.nextSpan().name("webhook").start();
        EventEnvelope event;
        try (io.micrometer.tracing.Tracer.SpanInScope scope = tracer.withSpan(request)) {
            event = service.getBean(StockService.class).recordAndAnnounce("TRACED", 4);
        } finally {
            request.end();
        }

        service.getBean(OutboxRelay.class).relayPending(); // later, on another thread in production

        assertThat(recordsOf(event, WAIT)).singleElement().satisfies(record -> assertThat(header(record, "traceparent"))
                .as("the consumer continues the writer's trace").startsWith("00-" + request.context().traceId() + "-"));
    }

    private ConfigurableApplicationContext start(String relaySwitch) {
        return EmbeddedHubApplication.start(RuntimeTestApplication.class, ISOLATION, relaySwitch);
    }

    private String topic() {
        return service == null || !service.isActive()
                ? ISOLATION + "." + HubTopic.INVENTORY_LEVELS.topicName()
                : service.getBean(HubTopicNames.class).name(HubTopic.INVENTORY_LEVELS);
    }

    private List<ConsumerRecord<String, byte[]>> recordsOf(EventEnvelope event, Duration timeout) {
        return TopicRecords.read(topic(), 1, timeout, Duration.ofSeconds(1)).stream()
                .filter(record -> event.eventId().toString().equals(header(record, EventPublisher.EVENT_ID_HEADER)))
                .toList();
    }

    private static int appliedCount(JdbcTemplate jdbc, EventEnvelope event) {
        return jdbc.queryForObject("select count(*) from applied_movement where event_id = ?", Integer.class,
                event.eventId());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
