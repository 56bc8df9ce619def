package io.suitetok.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.support.RuntimeTestApplication;
import io.suitetok.runtime.support.StockEvents;
import io.suitetok.runtime.support.StockMovementListener;
import io.suitetok.runtime.support.StockService;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@EmbeddedHubTest
@SpringBootTest(classes = RuntimeTestApplication.class)
class KafkaInboxDeadLetterIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    EventPublisher publisher;
    @Autowired
    StockService stock;
    @Autowired
    StockMovementListener listener;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HubTopicNames topicNames;
    @Autowired
    EventCodec codec;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void anEventPublishedIsConsumedThroughTheInbox() {
        EventEnvelope event = stock.movement("TEE-RED-M", 7);

        publisher.publishAndWait(HubTopic.INVENTORY_LEVELS, event, WAIT);

        await().atMost(WAIT).until(() -> appliedCount(event) == 1);
        assertThat(jdbc.queryForObject("select quantity from applied_movement where event_id = ?", Integer.class,
                event.eventId())).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from inbox where consumer = ? and message_id = ?",
                Integer.class, StockMovementListener.CONSUMER, event.eventId())).isEqualTo(1);
        assertThat(listener.correlationIdLoggedFor(event)).as("correlation id in the handler's logging context")
                .isEqualTo("TEE-RED-M");
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        EventEnvelope event = stock.movement("TEE-BLUE-L", 3);

        publisher.publishAndWait(HubTopic.INVENTORY_LEVELS, event, WAIT);
        publisher.publishAndWait(HubTopic.INVENTORY_LEVELS, event, WAIT);

        await().atMost(WAIT).until(() -> listener.attemptsFor(event) == 2);
        assertThat(appliedCount(event)).isEqualTo(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordOnItsPartitionIsProcessed() {
        String topic = topicNames.name(HubTopic.INVENTORY_LEVELS);
        EventEnvelope next = stock.movement("POISON-NEIGHBOUR", 1);
        double deadLettersBefore = deadLetters(topic);

        TopicRecords.send(topic, 0, "POISON", "{\"eventId\": not json".getBytes(StandardCharsets.UTF_8));
        TopicRecords.send(topic, 0, next.key(), codec.write(next));

        await().atMost(WAIT).until(() -> appliedCount(next) == 1);
        ConsumerRecord<String, byte[]> dead = deadLetter("POISON");
        assertThat(dead.partition()).isZero();
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{\"eventId\": not json");
        assertThat(header(dead, "kafka_dlt-exception-stacktrace")).contains("unreadable event envelope");
        assertThat(deadLetters(topic)).as("hub_kafka_dead_letters_total of the DLT").isGreaterThan(deadLettersBefore);
    }

    /** Registered at start-up for every declared dead-letter topic, so it is there (at zero) before the first. */
    private double deadLetters(String topic) {
        return meters.get("hub.kafka.dead.letters").tag("topic", topic + ".DLT").counter().count();
    }

    @Test
    void badDataGoesToTheDeadLetterTopicWithoutRetrying() {
        EventEnvelope blankSku = codec.envelope(StockEvents.StockMoved, "runtime-test", "BLANK-SKU", "BLANK-SKU", null,
                Map.of("sku", " ", "quantity", 1));

        publisher.publishAndWait(HubTopic.INVENTORY_LEVELS, blankSku, WAIT);

        ConsumerRecord<String, byte[]> dead = deadLetter("BLANK-SKU");
        assertThat(codec.read(dead.value()).eventId()).isEqualTo(blankSku.eventId());
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("sku is required");
        assertThat(listener.attemptsFor(blankSku)).isEqualTo(1);
    }

    @Test
    void aTransientFailureIsRetriedWithBackoffAndThenSucceedsOnce() {
        EventEnvelope flaky = stock.movement("FLAKY-1", 2);

        publisher.publishAndWait(HubTopic.INVENTORY_LEVELS, flaky, WAIT);

        await().atMost(WAIT).until(() -> appliedCount(flaky) == 1);
        assertThat(listener.attemptsFor(flaky)).isEqualTo(3);
    }

    @Test
    void aFailureThatOutlastsTheBoundedRetriesGoesToTheDeadLetterTopicOnTheSamePartition() {
        EventEnvelope broken = stock.movement("BROKEN-1", 4);

        var sent = publisher.publish(HubTopic.INVENTORY_LEVELS, broken).join();

        ConsumerRecord<String, byte[]> dead = deadLetter("BROKEN-1");
        assertThat(dead.partition()).isEqualTo(sent.getRecordMetadata().partition());
        assertThat(codec.read(dead.value())).usingRecursiveComparison().ignoringFields("payload").isEqualTo(broken);
        assertThat(listener.attemptsFor(broken)).as("one delivery and two retries").isEqualTo(3);
        assertThat(appliedCount(broken)).isZero();
    }

    private ConsumerRecord<String, byte[]> deadLetter(String key) {
        String deadLetters = topicNames.deadLetterName(HubTopic.INVENTORY_LEVELS);
        return await().atMost(WAIT).until(
                () -> TopicRecords.read(deadLetters, 1, Duration.ofSeconds(2), Duration.ZERO).stream()
                        .filter(record -> key.equals(record.key())).toList(),
                found -> found.size() == 1).get(0);
    }

    private int appliedCount(EventEnvelope event) {
        return jdbc.queryForObject("select count(*) from applied_movement where event_id = ?", Integer.class,
                event.eventId());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
