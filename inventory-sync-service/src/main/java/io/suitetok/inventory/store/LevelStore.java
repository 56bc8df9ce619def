package io.suitetok.inventory.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The sellable quantity per SKU and TikTok warehouse. Each computation that changes it gets a new
 * {@code version}; what TikTok accepted is kept apart ({@code accepted_version}), and an outcome only
 * ever moves that forward, so a slow answer for an old value never overwrites a newer one.
 */
@Repository
public class LevelStore {

    private static final RowMapper<Level> ROW = LevelStore::level;

    private final JdbcTemplate jdbc;

    public LevelStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<OrderLineStore.LineKey, Level> ofSkus(Collection<OrderLineStore.SkuRef> skus) {
        Map<OrderLineStore.LineKey, Level> levels = new HashMap<>();
        if (skus.isEmpty()) {
            return levels;
        }
        jdbc.query("select l.* from inventory_level l join unnest(?, ?) k(shop_id, seller_sku) "
                + "on k.shop_id = l.shop_id and k.seller_sku = l.seller_sku", rs -> {
                    Level level = level(rs, 0);
                    levels.put(level.key(), level);
                }, skus.stream().map(OrderLineStore.SkuRef::shopId).toArray(String[]::new),
                skus.stream().map(OrderLineStore.SkuRef::sellerSku).toArray(String[]::new));
        return levels;
    }

    public List<Level> ofSku(String shopId, String sellerSku) {
        return jdbc.query("select * from inventory_level where shop_id = ? and seller_sku = ? order by warehouse_id", ROW,
                shopId, sellerSku);
    }

    public Optional<Level> find(String shopId, String sellerSku, String warehouseId) {
        return jdbc.query("select * from inventory_level where shop_id = ? and seller_sku = ? and warehouse_id = ?", ROW,
                shopId, sellerSku, warehouseId).stream().findFirst();
    }

    /**
     * Stores new computations, each as the next version, and marks them due for the push planner at
     * once (a hold or a retry wait was about the older value); the moment a level first became due is
     * kept while it stays due. One batch: a full recalculation writes thousands.
     */
    public void saveComputed(List<Computed> unsorted) {
        // Key order: two transactions writing overlapping levels then lock them in the same order.
        List<Computed> computed = unsorted.stream().sorted(java.util.Comparator.comparing((Computed c) -> c.key().shopId())
                .thenComparing(c -> c.key().sellerSku()).thenComparing(c -> c.key().warehouseId())).toList();
        jdbc.batchUpdate("insert into inventory_level (shop_id, seller_sku, warehouse_id, version, sellable, "
                + "terms, computed_at, known_line_seq, committed_units, basis, deliverable, push_due, due_since) values (?, ?, ?, "
                + "nextval('level_version'), ?, ?::json, clock_timestamp(), ?, ?, ?, ?, true, clock_timestamp()) "
                + "on conflict (shop_id, seller_sku, warehouse_id) "
                + "do update set version = excluded.version, sellable = excluded.sellable, terms = excluded.terms, "
                + "computed_at = excluded.computed_at, known_line_seq = excluded.known_line_seq, "
                + "committed_units = excluded.committed_units, basis = excluded.basis, "
                + "deliverable = excluded.deliverable, push_due = true, "
                + "next_attempt_at = null, "
                + "due_since = case when inventory_level.push_due then inventory_level.due_since "
                + "else excluded.due_since end", computed, 500, (ps, level) -> {
                    ps.setString(1, level.key().shopId());
                    ps.setString(2, level.key().sellerSku());
                    ps.setString(3, level.key().warehouseId());
                    ps.setLong(4, level.sellable());
                    ps.setString(5, level.termsJson());
                    ps.setLong(6, level.knownLineSeq());
                    ps.setLong(7, level.committedUnits());
                    ps.setLong(8, level.basis());
                    ps.setLong(9, level.deliverable());
                });
    }

    /**
     * Claims about {@code limit} due levels of pushable SKUs, oldest first, for their current version, and
     * returns them. Whole products: the levels of a product that the limit cut off are claimed too, since
     * TikTok takes a product's SKUs in one call and a product split over two rounds costs a second call.
     * Rows another replica holds are skipped. One statement for the whole batch: a full recalculation
     * makes tens of thousands due, and a round per shop runs every push interval.
     */
    public List<DueLevel> claimDue(String shopId, int limit, Duration claimTimeout) {
        String pushable = "l.shop_id = ? and l.push_due "
                + "and (l.next_attempt_at is null or l.next_attempt_at <= clock_timestamp()) "
                + "and (l.claimed_at is null or l.claimed_at < clock_timestamp() - ? * interval '1 millisecond') "
                + "and m.listing_status = 'LIVE' and m.tiktok_product_id is not null and m.tiktok_sku_id is not null";
        String columns = "select l.shop_id, l.seller_sku, l.warehouse_id, m.tiktok_product_id, m.tiktok_sku_id "
                + "from inventory_level l join catalog_sku_mapping m on m.shop_id = l.shop_id and m.seller_sku = l.seller_sku ";
        return jdbc.query("with oldest as (" + columns + "where " + pushable + " order by l.due_since limit ? "
                + "for update of l skip locked), "
                + "rest_of_products as (" + columns + "where " + pushable + " and m.tiktok_product_id in "
                + "(select tiktok_product_id from oldest) for update of l skip locked), "
                + "due as (select * from oldest union select * from rest_of_products) "
                + "update inventory_level l set claimed_version = l.version, claimed_at = clock_timestamp() from due d "
                + "where l.shop_id = d.shop_id and l.seller_sku = d.seller_sku and l.warehouse_id = d.warehouse_id "
                + "returning l.*, d.tiktok_product_id, d.tiktok_sku_id",
                (rs, i) -> new DueLevel(level(rs, i), rs.getString("tiktok_product_id"), rs.getString("tiktok_sku_id")),
                shopId, claimTimeout.toMillis(), limit, shopId, claimTimeout.toMillis());
    }

    /**
     * TikTok already shows the value of the claimed version ({@code shown}, just read): nothing to send
     * until something changes. The claim is released either way; the pushed basis is recorded either way
     * too, as it describes TikTok's count at the read, whatever the level's version is now (it only
     * changes anything before the first push, when there was none).
     */
    public void markInSync(OrderLineStore.LineKey key, long version, int shown, Long pushedBasis) {
        jdbc.update("update inventory_level set push_due = case when version = ? then false else push_due end, "
                + "due_since = case when version = ? then null else due_since end, "
                + "attempts = case when version = ? then 0 else attempts end, "
                + "next_attempt_at = case when version = ? then null else next_attempt_at end, "
                + "accepted_quantity = ?, pushed_basis = ?, "
                // A verification asked for before this claim was answered by the read; a later one still waits.
                + "verify_at = case when verify_at <= claimed_at then null else verify_at end, "
                + "claimed_version = case when claimed_version = ? then null else claimed_version end, "
                + "claimed_at = case when claimed_version = ? then null else claimed_at end "
                + "where shop_id = ? and seller_sku = ? and warehouse_id = ?", version, version, version, version,
                shown, pushedBasis, version, version, key.shopId(), key.sellerSku(), key.warehouseId());
    }

    /** The claimed value waits (a drop that may resolve itself); its claim is released. */
    public void holdUntil(OrderLineStore.LineKey key, long version, Instant until) {
        jdbc.update("update inventory_level set next_attempt_at = ?, "
                + "claimed_version = case when claimed_version = ? then null else claimed_version end, "
                + "claimed_at = case when claimed_version = ? then null else claimed_at end "
                + "where shop_id = ? and seller_sku = ? and warehouse_id = ?", Timestamp.from(until), version, version,
                key.shopId(), key.sellerSku(), key.warehouseId());
    }

    /**
     * A call got no answer (a transport error, a server error, its deadline): TikTok may or may not show
     * the value. {@code pushedBasis} is the larger of the two possible ones (the lower ceiling), so a
     * raise that did land is not granted a second time. Never lowered here: another answer may have
     * recorded a larger one meanwhile.
     */
    public void recordUnanswered(OrderLineStore.LineKey key, long pushedBasis) {
        jdbc.update("update inventory_level set pushed_basis = greatest(coalesce(pushed_basis, ?), ?) "
                + "where shop_id = ? and seller_sku = ? and warehouse_id = ?", pushedBasis, pushedBasis, key.shopId(),
                key.sellerSku(), key.warehouseId());
    }

    /** The newest version of each level, in one query (a product's claims are checked together). */
    public Map<OrderLineStore.LineKey, Long> currentVersions(Collection<OrderLineStore.LineKey> keys) {
        Map<OrderLineStore.LineKey, Long> versions = new HashMap<>();
        jdbc.query("select l.shop_id, l.seller_sku, l.warehouse_id, l.version from inventory_level l "
                + "join unnest(?::text[], ?::text[], ?::text[]) k(shop_id, seller_sku, warehouse_id) "
                + "on k.shop_id = l.shop_id and k.seller_sku = l.seller_sku and k.warehouse_id = l.warehouse_id", rs -> {
                    versions.put(new OrderLineStore.LineKey(rs.getString(1), rs.getString(2), rs.getString(3)),
                            rs.getLong(4));
                }, keys.stream().map(OrderLineStore.LineKey::shopId).toArray(String[]::new),
                keys.stream().map(OrderLineStore.LineKey::sellerSku).toArray(String[]::new),
                keys.stream().map(OrderLineStore.LineKey::warehouseId).toArray(String[]::new));
        return versions;
    }

    /**
     * The SKU now points at another TikTok product or SKU: what the old listing accepted says nothing about
     * the new one (a relisted SKU starts at 0). Its levels forget it, and the basis their pushes were
     * measured against, and are due, so the current number is sent even though it did not change.
     */
    public void forgetListing(String shopId, String sellerSku) {
        jdbc.update("update inventory_level set accepted_version = null, accepted_quantity = null, accepted_at = null, "
                + "accepted_line_seq = null, accepted_committed = null, pushed_basis = null, set_quantity = null, "
                + "set_at = null, push_due = true, "
                + "due_since = coalesce(due_since, clock_timestamp()), next_attempt_at = null, attempts = 0, "
                + "claimed_version = null, claimed_at = null where shop_id = ? and seller_sku = ?", shopId, sellerSku);
    }

    /** A claimed version was not sent (a newer one exists): the level stays due for the newer value. */
    public void dropClaim(OrderLineStore.LineKey key, long version) {
        jdbc.update("update inventory_level set claimed_version = null, claimed_at = null where shop_id = ? "
                + "and seller_sku = ? and warehouse_id = ? and claimed_version = ?", key.shopId(), key.sellerSku(),
                key.warehouseId(), version);
    }

    /**
     * TikTok accepted {@code quantity}, computed as {@code version} with {@code committedUnits} committed
     * in NetSuite. Applied when no newer version was accepted meanwhile (the same version again is a
     * re-send and applies too).
     *
     * <p>Otherwise the answer is stale, but TikTok did apply it, and perhaps after the newer value: the
     * hub cannot tell which of the two TikTok shows. It records that TikTok shows the old quantity as of
     * now and makes the level due, so the newest value goes out again (an extra call at worst).
     *
     * @param sentAt      when the call carrying the value was sent ({@code accepted_at}): NetSuite
     *                    commitments taken over from in-flight orders after it explain no drop
     * @param pushedBasis the basis to measure NetSuite's next gains against (RaiseOnlyByNetSuiteGain).
     *                    For a stale answer TikTok may show either value: the larger basis is kept
     * @param verifyAt    when to read the SKU back from TikTok (null: no need): an order TikTok took between
     *                    the push's read and its update was overwritten, and only a later read shows it
     * @return false when the outcome was stale
     */
    public boolean recordAccepted(OrderLineStore.LineKey key, long version, int quantity, long lineSeq,
            long committedUnits, Instant sentAt, Long pushedBasis, Instant verifyAt) {
        Timestamp verify = verifyAt == null ? null : Timestamp.from(verifyAt);
        int updated = jdbc.update("update inventory_level set accepted_version = ?, accepted_quantity = ?, "
                + "accepted_at = ?, accepted_line_seq = ?, accepted_committed = ?, pushed_basis = ?, attempts = 0, "
                + "next_attempt_at = null, verify_at = least(verify_at, ?::timestamptz), "
                + "last_error = null, push_due = version > ?, due_since = case when version > ? then due_since end, "
                + "claimed_version = case when claimed_version = ? then null else claimed_version end, "
                + "claimed_at = case when claimed_version = ? then null else claimed_at end "
                + "where shop_id = ? and seller_sku = ? and warehouse_id = ? "
                + "and (accepted_version is null or accepted_version <= ?)", version, quantity, Timestamp.from(sentAt),
                lineSeq, committedUnits, pushedBasis, verify,
                version, version,
                version, version, key.shopId(), key.sellerSku(), key.warehouseId(), version);
        if (updated == 1) {
            return true;
        }
        // accepted_version stays where it is: a yet older answer is stale too, and the newest always wins.
        jdbc.update("update inventory_level set accepted_quantity = ?, accepted_at = ?, "
                + "pushed_basis = greatest(coalesce(pushed_basis, ?::bigint), ?::bigint), push_due = true, due_since = coalesce(due_since, clock_timestamp()), next_attempt_at = null, "
                + "claimed_version = case when claimed_version = ? then null else claimed_version end, "
                + "claimed_at = case when claimed_version = ? then null else claimed_at end "
                + "where shop_id = ? and seller_sku = ? and warehouse_id = ?", quantity, Timestamp.from(sentAt), pushedBasis,
                pushedBasis, version, version,
                key.shopId(), key.sellerSku(), key.warehouseId());
        return false;
    }

    /**
     * {@link #recordAccepted} for every value one call carried, in one statement (a product has up to a
     * hundred SKUs, and a row-by-row round trip each made recording slower than the call). Rows are locked
     * in key order first, as every batch writer here locks them.
     *
     * @return the values that were not applied because a newer one was accepted meanwhile: the caller
     *         records each with {@link #recordAccepted}, which handles a stale answer
     */
    public List<Acceptance> recordAcceptedAll(List<Acceptance> accepted) {
        if (accepted.isEmpty()) {
            return List.of();
        }
        List<OrderLineStore.LineKey> applied = jdbc.query("with a as (select * from unnest(?::text[], ?::text[], "
                + "?::text[], ?::bigint[], ?::int[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], "
                + "?::bigint[]) a(shop_id, seller_sku, warehouse_id, version, quantity, sent_ms, line_seq, committed, "
                + "pushed_basis, verify_ms, answered_ms)), "
                + "locked as (select l.shop_id, l.seller_sku, l.warehouse_id from inventory_level l "
                + "join a on a.shop_id = l.shop_id and a.seller_sku = l.seller_sku and a.warehouse_id = l.warehouse_id "
                + "order by 1, 2, 3 for update of l) "
                + "update inventory_level l set accepted_version = a.version, accepted_quantity = a.quantity, "
                + "accepted_at = to_timestamp(a.sent_ms / 1000.0), accepted_line_seq = a.line_seq, "
                + "accepted_committed = a.committed, pushed_basis = a.pushed_basis, set_quantity = a.quantity, "
                + "set_at = to_timestamp(a.answered_ms / 1000.0), attempts = 0, next_attempt_at = null, "
                + "verify_at = least(l.verify_at, to_timestamp(a.verify_ms / 1000.0)), last_error = null, "
                + "push_due = l.version > a.version, due_since = case when l.version > a.version then l.due_since end, "
                + "claimed_version = case when l.claimed_version = a.version then null else l.claimed_version end, "
                + "claimed_at = case when l.claimed_version = a.version then null else l.claimed_at end "
                + "from a join locked k on k.shop_id = a.shop_id and k.seller_sku = a.seller_sku "
                + "and k.warehouse_id = a.warehouse_id where l.shop_id = a.shop_id and l.seller_sku = a.seller_sku "
                + "and l.warehouse_id = a.warehouse_id and (l.accepted_version is null or l.accepted_version <= a.version) "
                + "returning l.shop_id, l.seller_sku, l.warehouse_id",
                (rs, i) -> new OrderLineStore.LineKey(rs.getString(1), rs.getString(2), rs.getString(3)),
                accepted.stream().map(a -> a.key().shopId()).toArray(String[]::new),
                accepted.stream().map(a -> a.key().sellerSku()).toArray(String[]::new),
                accepted.stream().map(a -> a.key().warehouseId()).toArray(String[]::new),
                accepted.stream().map(Acceptance::version).toArray(Long[]::new),
                accepted.stream().map(Acceptance::quantity).toArray(Integer[]::new),
                accepted.stream().map(a -> a.sentAt().toEpochMilli()).toArray(Long[]::new),
                accepted.stream().map(Acceptance::lineSeq).toArray(Long[]::new),
                accepted.stream().map(Acceptance::committedUnits).toArray(Long[]::new),
                accepted.stream().map(Acceptance::pushedBasis).toArray(Long[]::new),
                accepted.stream().map(a -> a.verifyAt() == null ? null : a.verifyAt().toEpochMilli()).toArray(Long[]::new),
                accepted.stream().map(a -> a.answeredAt().toEpochMilli()).toArray(Long[]::new));
        java.util.Set<OrderLineStore.LineKey> done = new java.util.HashSet<>(applied);
        return accepted.stream().filter(a -> !done.contains(a.key())).toList();
    }

    /**
     * One value TikTok accepted, with what {@link #recordAccepted} records for it, and when TikTok answered
     * (from then on TikTok's count fell by its own sales only: {@code set_at}).
     */
    public record Acceptance(OrderLineStore.LineKey key, long version, int quantity, long lineSeq, long committedUnits,
            Instant sentAt, Long pushedBasis, Instant verifyAt, Instant answeredAt) {
    }

    /**
     * TikTok refused the value or the call failed. The level stays due; when the refused version is
     * still the newest it waits {@code backoff}, otherwise the newer value goes out next round (a stale
     * value is never sent again).
     *
     * <p>When the claim is gone meanwhile (it expired and a newer value was accepted), a call that failed
     * without an answer may still have been applied after that newer value: TikTok's number is then
     * unknown, so it is forgotten and the newest value goes again.
     */
    public void recordFailed(OrderLineStore.LineKey key, long version, Duration baseDelay, Duration maxDelay,
            String error) {
        int updated = jdbc.update("update inventory_level set attempts = attempts + 1, last_error = ?, claimed_version = null, "
                + "claimed_at = null, next_attempt_at = case when version > ? then null else clock_timestamp() + "
                + "least(? * power(2, least(attempts, 20)), ?) * interval '1 millisecond' end "
                + "where shop_id = ? and seller_sku = ? and warehouse_id = ? and claimed_version = ?",
                error == null ? null : error.substring(0, Math.min(error.length(), 500)), version,
                baseDelay.toMillis(), maxDelay.toMillis(), key.shopId(), key.sellerSku(), key.warehouseId(), version);
        if (updated == 0) {
            jdbc.update("update inventory_level set accepted_quantity = null, push_due = true, "
                    + "due_since = coalesce(due_since, clock_timestamp()), next_attempt_at = null "
                    + "where shop_id = ? and seller_sku = ? and warehouse_id = ? and accepted_version > ?",
                    key.shopId(), key.sellerSku(), key.warehouseId(), version);
        }
    }

    private static Level level(ResultSet rs, int row) throws SQLException {
        return new Level(new OrderLineStore.LineKey(rs.getString("shop_id"), rs.getString("seller_sku"),
                rs.getString("warehouse_id")), rs.getLong("version"), rs.getInt("sellable"), rs.getString("terms"),
                instant(rs, "computed_at"), rs.getLong("known_line_seq"), rs.getLong("committed_units"),
                (Long) rs.getObject("accepted_committed"), rs.getBoolean("push_due"),
                (Long) rs.getObject("accepted_version"), (Integer) rs.getObject("accepted_quantity"),
                instant(rs, "accepted_at"), (Long) rs.getObject("accepted_line_seq"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "due_since"),
                (Long) rs.getObject("basis"), (Long) rs.getObject("deliverable"), (Long) rs.getObject("pushed_basis"),
                (Integer) rs.getObject("set_quantity"), instant(rs, "set_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** A level row: the newest computation and what TikTok last accepted. */
    public record Level(OrderLineStore.LineKey key, long version, int sellable, String termsJson, Instant computedAt,
            long knownLineSeq, long committedUnits, Long acceptedCommitted, boolean pushDue, Long acceptedVersion, Integer acceptedQuantity, Instant acceptedAt,
            Long acceptedLineSeq, int attempts, Instant nextAttemptAt, String lastError, Instant dueSince,
            Long basis, Long deliverable, Long pushedBasis, Integer setQuantity, Instant setAt) {
    }

    /**
     * A computation to store.
     *
     * @param basis       counted + TikTok units NetSuite is known to have committed (TikTok's sales do not move it)
     * @param deliverable counted − in-flight units
     */
    public record Computed(OrderLineStore.LineKey key, long sellable, String termsJson, long knownLineSeq,
            long committedUnits, long basis, long deliverable) {
    }

    /** A due level with the TikTok ids its update goes to. */
    public record DueLevel(Level level, String tiktokProductId, String tiktokSkuId) {
    }
}
