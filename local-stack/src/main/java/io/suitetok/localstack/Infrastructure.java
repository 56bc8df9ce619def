package io.suitetok.localstack;

import io.suitetok.testkit.EmbeddedInfrastructure;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded PostgreSQL 17 and KRaft Kafka broker the test kit keeps, one per JVM. The stack uses
 * them as production uses its database and cluster: one schema per service, no topic prefix.
 */
final class Infrastructure {

    private final DataSource dataSource;

    private Infrastructure(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static Infrastructure start() {
        DataSource dataSource = EmbeddedInfrastructure.postgres().getPostgresDatabase();
        EmbeddedInfrastructure.kafka();
        return new Infrastructure(dataSource);
    }

    String jdbcUrl() {
        return EmbeddedInfrastructure.jdbcUrl();
    }

    String kafkaBootstrapServers() {
        return EmbeddedInfrastructure.kafkaBootstrapServers();
    }

    /** For the stack's own read-only look at the services' tables (progress and report). */
    JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }
}
