package io.suitetok.inventory.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.runtime.flyway.HubFlywayMigrationStrategy;
import io.suitetok.testkit.EmbeddedInfrastructure;
import io.suitetok.testkit.SchemaAtVersion;
import javax.sql.DataSource;
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
        SchemaAtVersion.migrate(database, SCHEMA, "inventory-sync-service", "4", "4");
        jdbc.update("insert into " + SCHEMA + ".sku_mapping (shop_id, seller_sku, netsuite_item_id, tiktok_product_id, "
                + "tiktok_sku_id, listing_status) values ('7495012345678901234', 'MUG-WHT-11', '3001', '1729384756', "
                + "'1729384756001', 'LIVE'), ('7495012345678901234', 'MUG-BLK-11', '3002', null, null, 'PENDING_AUDIT')");

        new HubFlywayMigrationStrategy().migrate(
                SchemaAtVersion.serviceMigrations(database, SCHEMA, "inventory-sync-service", null));

        assertThat(jdbc.queryForList("select concat_ws(' ', shop_id, seller_sku, netsuite_item_id, "
                + "coalesce(tiktok_product_id, '-'), coalesce(tiktok_sku_id, '-'), listing_status) from " + SCHEMA
                + ".catalog_sku_mapping order by seller_sku", String.class)).containsExactly(
                "7495012345678901234 MUG-BLK-11 3002 - - PENDING_AUDIT",
                "7495012345678901234 MUG-WHT-11 3001 1729384756 1729384756001 LIVE");
        assertThat(jdbc.queryForObject("select to_regclass('" + SCHEMA + ".sku_mapping') is null", Boolean.class))
                .as("the service's own copy is dropped").isTrue();
    }
}
