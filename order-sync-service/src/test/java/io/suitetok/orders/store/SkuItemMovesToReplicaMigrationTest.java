package io.suitetok.orders.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.runtime.flyway.HubFlywayMigrationStrategy;
import io.suitetok.testkit.EmbeddedInfrastructure;
import io.suitetok.testkit.SchemaAtVersion;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A schema migrated before the replica moved into common-runtime (runtime V4, service V5) keeps its SKU
 * items: they end up in the runtime's table (without TikTok product or listing status, which sku_item
 * never kept), and the service's own table is gone.
 */
class SkuItemMovesToReplicaMigrationTest {

    private static final String SCHEMA = "order_replica_upgrade";

    @Test
    void mappingsOfAnExistingSchemaMoveIntoTheReplica() {
        DataSource database = EmbeddedInfrastructure.postgres().getPostgresDatabase();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        SchemaAtVersion.migrate(database, SCHEMA, "order-sync-service", "4", "5");
        jdbc.update("insert into " + SCHEMA + ".sku_item (shop_id, seller_sku, netsuite_item_id, tiktok_sku_id) values "
                + "('7495012345678901234', 'MUG-WHT-11', '3001', '1729384756001'), "
                + "('7495012345678901234', 'MUG-BLK-11', '3002', null)");

        new HubFlywayMigrationStrategy().migrate(
                SchemaAtVersion.serviceMigrations(database, SCHEMA, "order-sync-service", null));

        assertThat(jdbc.queryForList("select concat_ws(' ', shop_id, seller_sku, netsuite_item_id, "
                + "coalesce(tiktok_product_id, '-'), coalesce(tiktok_sku_id, '-'), "
                + "coalesce(listing_status, '-')) from " + SCHEMA + ".catalog_sku_mapping order by seller_sku", String.class)).containsExactly(
                "7495012345678901234 MUG-BLK-11 3002 - - -",
                "7495012345678901234 MUG-WHT-11 3001 - 1729384756001 -");
        assertThat(jdbc.queryForObject("select to_regclass('" + SCHEMA + ".sku_item') is null", Boolean.class))
                .as("the service's own copy is dropped").isTrue();
    }
}
