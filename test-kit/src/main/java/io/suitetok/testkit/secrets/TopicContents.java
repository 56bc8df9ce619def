package io.suitetok.testkit.secrets;

import io.suitetok.testkit.EmbeddedInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Everything on every topic whose name starts with a prefix (a test class's isolation prefix, so
 * DLTs included): each record's key, value and headers, as text with where it came from. Reads up
 * to the end offsets taken at the start, so it finishes even while services keep publishing.
 */
public final class TopicContents {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private TopicContents() {
    }

    /** @return location ("topic-partition@offset key|value|header name") to its bytes */
    public static List<Map.Entry<String, byte[]>> read(String topicPrefix) {
        Set<String> topics = topicsStartingWith(topicPrefix);
        List<Map.Entry<String, byte[]>> contents = new ArrayList<>();
        if (topics.isEmpty()) {
            return contents;
        }
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "secret-scan-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(LIMIT);
            while (!allRead(consumer, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("topics not read to their end within " + LIMIT);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    String where = record.topic() + "-" + record.partition() + "@" + record.offset();
                    contents.add(Map.entry(where + " key", record.key() == null ? new byte[0] : record.key()));
                    contents.add(Map.entry(where + " value", record.value() == null ? new byte[0] : record.value()));
                    for (Header header : record.headers()) {
                        contents.add(Map.entry(where + " header " + header.key(),
                                header.value() == null ? new byte[0] : header.value()));
                        contents.add(Map.entry(where + " header name", header.key().getBytes(StandardCharsets.UTF_8)));
                    }
                });
            }
        }
        return contents;
    }

    private static boolean allRead(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static Set<String> topicsStartingWith(String prefix) {
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.kafkaBootstrapServers()))) {
            return admin.listTopics().names().get().stream().filter(name -> name.startsWith(prefix))
                    .collect(Collectors.toSet());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not list topics", e.getCause());
        }
    }
}
