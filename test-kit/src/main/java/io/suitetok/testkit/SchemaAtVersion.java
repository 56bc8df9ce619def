package io.suitetok.testkit;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A service's schema as an older release left it: the runtime's and the service's migrations applied
 * only up to given versions. Migration tests start there, add rows the old code wrote, and migrate on.
 */
public final class SchemaAtVersion {

    private SchemaAtVersion() {
    }

    /** Migrates {@code schema} up to these versions of the runtime's and the service's histories. */
    public static void migrate(DataSource database, String schema, String service, String runtimeTarget,
            String serviceTarget) {
        Flyway.configure().dataSource(database).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/hub-runtime").table("hub_runtime_schema_history").target(runtimeTarget)
                .load().migrate();
        serviceMigrations(database, schema, service, serviceTarget).migrate();
    }

    /**
     * The service's own history ({@code db/<service>}) in {@code schema}, as the services configure it.
     *
     * @param target the last version to apply; null for all
     */
    public static Flyway serviceMigrations(DataSource database, String schema, String service, String target) {
        var configuration = Flyway.configure().dataSource(database).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/" + service).baselineOnMigrate(true).baselineVersion("0");
        return (target == null ? configuration : configuration.target(target)).load();
    }
}
