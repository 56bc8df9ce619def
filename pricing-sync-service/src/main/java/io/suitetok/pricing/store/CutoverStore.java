package io.suitetok.pricing.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Effective-dated prices waiting for their instant. */
@Repository
public class CutoverStore {

    public enum Kind {
        /** The scheduled price takes effect. */
        SET,
        /** The schedule ends: the item's matrix price comes back, computed at that instant. */
        REVERT
    }

    public record Cutover(String cutoverId, String shopId, String sellerSku, String itemId, Kind kind, String currency,
            BigDecimal price, List<String> steps, Instant effectiveAt, Instant sourceModified, String state) {
    }

    private static final RowMapper<Cutover> ROW = (rs, n) -> new Cutover(rs.getString("cutover_id"),
            rs.getString("shop_id"), rs.getString("seller_sku"), rs.getString("netsuite_item_id"),
            Kind.valueOf(rs.getString("kind")), rs.getString("currency"), rs.getBigDecimal("price"),
            rs.getString("steps").isEmpty() ? List.of() : List.of(rs.getString("steps").split("\n")),
            rs.getTimestamp("effective_at").toInstant(), rs.getTimestamp("source_modified").toInstant(),
            rs.getString("state"));

    private final JdbcTemplate jdbc;

    public CutoverStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Prepares (or re-prepares, from a newer NetSuite change) a cutover that has not happened yet. */
    public void prepare(Cutover cutover) {
        jdbc.update("insert into price_cutover (cutover_id, shop_id, seller_sku, netsuite_item_id, kind, currency, price, "
                + "steps, effective_at, source_modified) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (cutover_id, shop_id, seller_sku) do update set kind = excluded.kind, "
                + "currency = excluded.currency, price = excluded.price, steps = excluded.steps, "
                + "effective_at = excluded.effective_at, source_modified = excluded.source_modified, state = 'PENDING' "
                + "where price_cutover.state <> 'APPLIED' and excluded.source_modified >= price_cutover.source_modified",
                cutover.cutoverId(), cutover.shopId(), cutover.sellerSku(), cutover.itemId(), cutover.kind().name(),
                cutover.currency(), cutover.price(), String.join("\n", cutover.steps()),
                Timestamp.from(cutover.effectiveAt()), Timestamp.from(cutover.sourceModified()));
    }

    /**
     * A schedule edited in NetSuite: the pending cutovers of its earlier versions never happen (ids are
     * {@code <schedule>:<from|to>@<version>}).
     */
    public int cancelOtherVersions(String scheduleId, String version) {
        return jdbc.update("update price_cutover set state = 'CANCELLED' where state = 'PENDING' and "
                + "split_part(cutover_id, ':', 1) = ? and cutover_id not like ?", scheduleId, "%" + version);
    }

    /**
     * Pending cutovers whose instant has come, earliest first, locked for the caller's transaction; rows
     * another replica is applying are skipped, so each cutover is applied once.
     */
    public List<Cutover> claimDue(Instant by, int limit) {
        return jdbc.query("select * from price_cutover where state = 'PENDING' and effective_at <= ? "
                + "order by effective_at, cutover_id limit ? for update skip locked", ROW, Timestamp.from(by), limit);
    }

    /** When the next pending cutover is due. */
    public Optional<Instant> next() {
        return Optional.ofNullable(jdbc.queryForObject("select min(effective_at) from price_cutover where state = 'PENDING'",
                Timestamp.class)).map(Timestamp::toInstant);
    }

    public void applied(Cutover cutover) {
        jdbc.update("update price_cutover set state = 'APPLIED', applied_at = clock_timestamp() where cutover_id = ? "
                + "and shop_id = ? and seller_sku = ?", cutover.cutoverId(), cutover.shopId(), cutover.sellerSku());
    }

    /**
     * Which of these SKUs of one shop show a schedule's price now: that schedule's last applied cutover
     * set it and a pending one will end it. A matrix change read meanwhile must wait for that end (it is
     * stored, and the end brings it back). One statement for them all.
     */
    public Set<String> schedulesInEffect(String shopId, Collection<String> sellerSkus) {
        if (sellerSkus.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("select distinct ending.seller_sku from price_cutover ending "
                + "where ending.shop_id = ? and ending.seller_sku = any(?) and ending.kind = 'REVERT' "
                + "and ending.state = 'PENDING' "
                + "and exists (select 1 from price_cutover started where started.shop_id = ending.shop_id "
                + "and started.seller_sku = ending.seller_sku and started.kind = 'SET' and started.state = 'APPLIED' "
                + "and split_part(started.cutover_id, ':', 1) = split_part(ending.cutover_id, ':', 1))",
                String.class, shopId, sellerSkus.toArray(String[]::new)));
    }

    /** Whether the schedule's price is live on the SKU: its last applied cutover is a SET. */
    public boolean scheduleLive(String scheduleId, String shopId, String sellerSku) {
        return jdbc.queryForList("select kind from price_cutover where shop_id = ? and seller_sku = ? and state = 'APPLIED' "
                + "and split_part(cutover_id, ':', 1) = ? order by applied_at desc limit 1", String.class, shopId,
                sellerSku, scheduleId).stream().findFirst().map(Kind.SET.name()::equals).orElse(false);
    }

    public List<Cutover> pendingFor(String shopId, String sellerSku) {
        return jdbc.query("select * from price_cutover where state = 'PENDING' and shop_id = ? and seller_sku = ? "
                + "order by effective_at", ROW, shopId, sellerSku);
    }
}
