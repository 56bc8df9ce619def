package io.suitetok.inventory.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.runtime.flyway.HubFlywayMigrationStrategy;
import io.suitetok.testkit.EmbeddedInfrastructure;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A schema migrated before the replica moved into common-runtime (runtime V4, service V4) keeps its
 * mappings: they end up in the runtime's table, and the service's own table is gone.
 */
class SkuMappingMovesToReplicaMigrationTest {

    private static final String SCHEMA = "inventory_replica_upgrade";

    @Test
    void mappingsOfAnExistingSchemaMoveIntoTheReplica() {
        DataSource database = EmbeddedInfrastructure.postgres().getPostgresDatabase();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        migrate(database, "4", "4");
        jdbc.update("insert into " + SCHEMA + ".sku_mapping (shop_id, seller_sku, netsuite_item_id, tiktok_product_id, "
                + "tiktok_sku_id, listing_status) values ('7495012345678901234', 'MUG-WHT-11', '3001', '1729384756', "
                + "'1729384756001', 'LIVE'), ('7495012345678901234', 'MUG-BLK-11', '3002', null, null, 'PENDING_AUDIT')");

        new HubFlywayMigrationStrategy().migrate(service(database, null));

        assertThat(jdbc.queryForList("select concat_ws(' ', shop_id, seller_sku, netsuite_item_id, "
                + "coalesce(tiktok_product_id, '-'), coalesce(tiktok_sku_id, '-'), listing_status) from " + SCHEMA
                + ".catalog_sku_mapping order by seller_sku", String.class)).containsExactly(
                "7495012345678901234 MUG-BLK-11 3002 - - PENDING_AUDIT",
                "7495012345678901234 MUG-WHT-11 3001 1729384756 1729384756001 LIVE");
        assertThat(jdbc.queryForObject("select to_regclass('" + SCHEMA + ".sku_mapping') is null", Boolean.class))
                .as("the service's own copy is dropped").isTrue();
    }

    /** The schema as it stood before: both histories stopped at the given versions. */
    private static void migrate(DataSource database, String runtimeTarget, String serviceTarget) {
        Flyway.configure().dataSource(database).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations("classpath:db/hub-runtime").table("hub_runtime_schema_history").target(runtimeTarget)
                .load().migrate();
        service(database, serviceTarget).migrate();
    }

    private static Flyway service(DataSource database, String target) {
        var configuration = Flyway.configure().dataSource(database).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations("classpath:db/inventory-sync-service").baselineOnMigrate(true).baselineVersion("0");
        return (target == null ? configuration : configuration.target(target)).load();
    }
}
