package io.suitetok.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One real PostgreSQL 17 and one real KRaft Kafka broker per JVM, started on first use and
 * shared by every test class (and by the local stack). Each user isolates itself by a name: its
 * own schema, topic prefix and consumer group, so classes never see each other's rows or
 * records.
 */
public final class EmbeddedInfrastructure {

    /** System property: load pg_stat_statements into the embedded PostgreSQL (benchmarks read it). */
    public static final String STATEMENT_STATISTICS = "testkit.postgres.statement-statistics";

    /** System property: log the plan of every statement slower than this (e.g. {@code 50ms}); with the above. */
    public static final String SLOW_PLANS = "testkit.postgres.slow-plans";
    /** Where the embedded PostgreSQL writes its log, and so the slow plans, when statistics are on. */
    /**
     * Further server settings, {@code name=value,name=value}: a benchmark that writes millions of rows sizes
     * the WAL and buffers as a production server would be, instead of the embedded defaults.
     */
    public static final String SERVER_CONFIG = "testkit.postgres.config";
    public static final String PLAN_LOGS = System.getProperty("java.io.tmpdir") + "/suitetok-postgres-log";

    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaBroker kafka;

    private EmbeddedInfrastructure() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                // Every cached Spring test context keeps a small pool open; leave room for many.
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "400");
                if (Boolean.getBoolean(STATEMENT_STATISTICS)) {
                    // Benchmarks ask for it to say which statements the time went to (create extension per schema user).
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements,auto_explain");
                    builder.setServerConfig("auto_explain.log_min_duration", System.getProperty(SLOW_PLANS, "-1"));
                    builder.setServerConfig("auto_explain.log_analyze", "on");
                    // After start-up the embedded server's own output is no longer relayed: plans go to files.
                    builder.setServerConfig("logging_collector", "on");
                    builder.setServerConfig("log_directory", PLAN_LOGS);
                }
                for (String setting : System.getProperty(SERVER_CONFIG, "").split(",")) {
                    if (!setting.isBlank()) {
                        String[] nameAndValue = setting.split("=", 2);
                        builder.setServerConfig(nameAndValue[0].trim(), nameAndValue[1].trim());
                    }
                }
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedInfrastructure::closePostgres, "embedded-pg-stop"));
        }
        return postgres;
    }

    public static synchronized EmbeddedKafkaBroker kafka() {
        if (kafka == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
            // Every topic must be declared by the service that uses it, as in production.
            broker.brokerProperty("auto.create.topics.enable", "false");
            // A consumer group forms at once instead of after the production default of 3 s.
            broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
            broker.afterPropertiesSet();
            kafka = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
        }
        return kafka;
    }

    public static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    public static String kafkaBootstrapServers() {
        return kafka().getBrokersAsString();
    }

    /**
     * Spring properties that point a hub service at the shared infrastructure under one isolation
     * name (a lower-case SQL identifier): schema, topic prefix and consumer group all derive from it.
     */
    public static Map<String, Object> springProperties(String isolation) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl());
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
        properties.put("spring.kafka.consumer.group-id", isolation);
        properties.put("hub.service.schema", isolation);
        properties.put("hub.kafka.topic-prefix", isolation + ".");
        properties.put("hub.kafka.partitions", "3");
        properties.put("server.port", "0");
        properties.put("management.server.port", "0");
        return properties;
    }

    private static synchronized void closePostgres() {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; the data directory is a temp dir either way
        }
    }
}
