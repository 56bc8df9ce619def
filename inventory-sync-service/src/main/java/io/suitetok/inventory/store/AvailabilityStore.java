package io.suitetok.inventory.store;

import io.suitetok.netsuite.gateway.ItemAvailabilityRow;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** NetSuite's stock per item and mapped location, and which reads have covered which items since when. */
@Repository
public class AvailabilityStore {

    /** The coverage scope of a read that asked about every mapped item. */
    public static final String EVERY_ITEM = "*";

    private static final RowMapper<StoredAvailability> ROW = (rs, i) -> new StoredAvailability(rs.getString("item_id"),
            rs.getString("location_id"), rs.getBigDecimal("on_hand"), rs.getBigDecimal("available"),
            rs.getBigDecimal("committed"), rs.getBigDecimal("on_order"));

    private final JdbcTemplate jdbc;

    public AvailabilityStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The database's clock: reads and Sales Order results are compared in one clock. */
    public Instant now() {
        return jdbc.queryForObject("select clock_timestamp()", Timestamp.class).toInstant();
    }

    /**
     * Stores what a read that started at {@code startedAt} returned. A row already stored by a read
     * that started later stays: that read saw every commit this one saw, and perhaps more, so letting a
     * slower, earlier read overwrite it could undo a Sales Order the hub has already stopped counting
     * as in flight.
     */
    public void save(List<ItemAvailabilityRow> unsorted, Instant startedAt) {
        Timestamp started = Timestamp.from(startedAt);
        // (item, location) order, whatever order NetSuite answered in: reads that overlap then lock the
        // rows they share in the same order and cannot deadlock.
        List<ItemAvailabilityRow> rows = unsorted.stream().sorted(java.util.Comparator
                .comparing((ItemAvailabilityRow row) -> row.item().value()).thenComparing(row -> row.location().value()))
                .toList();
        jdbc.batchUpdate("insert into availability (item_id, location_id, on_hand, available, committed, on_order, "
                + "back_ordered, last_qty_change, read_started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (item_id, location_id) do update set on_hand = excluded.on_hand, "
                + "available = excluded.available, committed = excluded.committed, on_order = excluded.on_order, "
                + "back_ordered = excluded.back_ordered, last_qty_change = excluded.last_qty_change, "
                + "read_started_at = excluded.read_started_at, read_at = clock_timestamp() "
                + "where excluded.read_started_at >= availability.read_started_at", rows, 500, (ps, row) -> {
                    ps.setString(1, row.item().value());
                    ps.setString(2, row.location().value());
                    ps.setBigDecimal(3, orZero(row.onHand()));
                    ps.setBigDecimal(4, orZero(row.available()));
                    ps.setBigDecimal(5, orZero(row.committed()));
                    ps.setBigDecimal(6, orZero(row.onOrder()));
                    ps.setBigDecimal(7, orZero(row.backOrdered()));
                    ps.setTimestamp(8, row.lastQtyAvailableChange() == null ? null
                            : Timestamp.from(row.lastQtyAvailableChange()));
                    ps.setTimestamp(9, started);
                });
    }

    public List<StoredAvailability> ofItems(Collection<String> itemIds) {
        return jdbc.query("select * from availability where item_id = any(?)", ROW,
                (Object) itemIds.toArray(String[]::new));
    }

    /** Records that a read which started at {@code startedAt} covered these scopes (item ids or {@link #EVERY_ITEM}). */
    public void covered(Collection<String> scopes, Instant startedAt) {
        jdbc.update("insert into read_coverage (scope, read_started_at) select s, ? from unnest(?) with ordinality u(s, n) "
                + "order by n on conflict (scope) do update set read_started_at = greatest(read_coverage.read_started_at, "
                + "excluded.read_started_at)", Timestamp.from(startedAt),
                scopes.stream().sorted().distinct().toArray(String[]::new)); // sorted: see save
    }

    /** Items some read has returned rows for, or answered for by name: only these have levels worth computing. */
    public List<String> readItems(Collection<String> itemIds) {
        return jdbc.queryForList("select scope from read_coverage where scope = any(?)", String.class,
                (Object) itemIds.toArray(String[]::new));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    public record StoredAvailability(String itemId, String locationId, BigDecimal onHand, BigDecimal available,
            BigDecimal committed, BigDecimal onOrder) {
    }
}
