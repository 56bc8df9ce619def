package io.suitetok.inventory.store;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Keeps PostgreSQL's statistics of the service's busy tables in step with their size. A first catalogue
 * or a first recalculation grows them from nothing to tens of thousands of rows within seconds, long
 * before autovacuum's next look (a minute); meanwhile the planner still believes them empty and keeps
 * cached plans made for that, and the push round's claim turned into a nested loop over every mapping of
 * the shop for every due level (3.5 million rows examined for 1,000 claimed, at 5,000 SKUs).
 */
@Repository
public class TableStatistics {

    private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);
    private static final List<String> BUSY_TABLES = List.of("inventory_level", "catalog_sku_mapping", "availability",
            "tiktok_order_line");
    /**
     * Analyzed again once a table holds more than twice the rows its statistics say (plus a base): plans go
     * wrong when estimates are off by orders of magnitude, and re-analyzing on every update would cost more
     * than it saves (an analysis of 50,000 levels takes about half a second).
     */
    private static final int BASE_ROWS = 500;

    private final JdbcTemplate jdbc;

    public TableStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Analyzes each busy table that grew past the threshold since its last analysis. */
    public void refreshGrown() {
        List<String> grown = jdbc.queryForList("select s.relname from pg_stat_user_tables s join pg_class c "
                + "on c.oid = s.relid where s.schemaname = current_schema() and s.relname = any(?) "
                + "and s.n_live_tup > ? + 2 * greatest(c.reltuples, 0)", String.class,
                BUSY_TABLES.toArray(String[]::new), BASE_ROWS);
        for (String table : grown) {
            // The name comes from BUSY_TABLES, never from outside.
            jdbc.execute("analyze " + table);
            log.debug("statistics of {} refreshed", table);
        }
    }
}
