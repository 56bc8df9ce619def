package io.suitetok.runtime.flyway;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates the runtime's own tables (inbox, outbox) and then the service's, in the service's
 * schema. The runtime keeps a history table of its own, so its migrations are versioned apart
 * from each service's and can grow without clashing with them.
 */
public class HubFlywayMigrationStrategy implements FlywayMigrationStrategy {

    static final String RUNTIME_LOCATION = "classpath:db/hub-runtime";
    static final String RUNTIME_HISTORY_TABLE = "hub_runtime_schema_history";

    @Override
    public void migrate(Flyway service) {
        Flyway.configure()
                .configuration(service.getConfiguration())
                .locations(RUNTIME_LOCATION)
                .table(RUNTIME_HISTORY_TABLE)
                .load()
                .migrate();
        // The schema now holds the runtime's tables, so the service's history starts from a baseline
        // below its first migration instead of refusing a "non-empty schema".
        Flyway.configure()
                .configuration(service.getConfiguration())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
