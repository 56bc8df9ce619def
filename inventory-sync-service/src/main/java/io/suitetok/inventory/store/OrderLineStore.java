package io.suitetok.inventory.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The units of TikTok orders per SKU and warehouse. A line is in flight from the moment the hub hears
 * of the order until NetSuite's committed quantity provably holds its units: the Sales Order was
 * reported written, and a NetSuite read that started after that report has been stored.
 */
@Repository
public class OrderLineStore {

    private final JdbcTemplate jdbc;

    public OrderLineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores one SKU's active units in one order, unless a newer snapshot of the order is already stored.
     * A pre-order line that shipped or any cancelled line is released at once: NetSuite never commits
     * pre-order units, and cancelled units are nobody's.
     */
    public void record(OrderLine line) {
        lockOrder(line.shopId(), line.orderId());
        jdbc.update("insert into tiktok_order_line (shop_id, order_id, seller_sku, warehouse_id, units, pre_order, status, "
                + "order_create_time, order_update_time, written_at, released) values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "(select written_at from written_order where shop_id = ? and order_id = ?), ?) "
                + "on conflict (shop_id, order_id, seller_sku, warehouse_id, pre_order) do update set units = excluded.units, "
                + "status = excluded.status, order_update_time = excluded.order_update_time, "
                + "order_create_time = coalesce(tiktok_order_line.order_create_time, excluded.order_create_time), "
                + "released = tiktok_order_line.released or excluded.released "
                + "where excluded.order_update_time >= tiktok_order_line.order_update_time",
                line.shopId(), line.orderId(), line.sellerSku(), line.warehouseId(), line.units(), line.preOrder(),
                line.status(), line.orderCreateTime() == null ? null : Timestamp.from(line.orderCreateTime()),
                Timestamp.from(line.orderUpdateTime()), line.shopId(), line.orderId(), line.releasedAtOnce());
    }

    /**
     * A newer snapshot no longer holds units of this kind (ordinary or pre-order) for the SKU: a line
     * stored earlier keeps nothing in flight. Nothing is inserted when there is no such line.
     */
    public void clearIfStored(OrderLine line) {
        jdbc.update("update tiktok_order_line set units = 0, status = ?, order_update_time = ? where shop_id = ? "
                + "and order_id = ? and seller_sku = ? and warehouse_id = ? and pre_order = ? and order_update_time <= ?",
                line.status(), Timestamp.from(line.orderUpdateTime()), line.shopId(), line.orderId(), line.sellerSku(),
                line.warehouseId(), line.preOrder(), Timestamp.from(line.orderUpdateTime()));
    }

    /** The order's Sales Order is in NetSuite; its lines wait for a read that started after now. */
    public void markWritten(String shopId, String orderId) {
        lockOrder(shopId, orderId);
        jdbc.update("insert into written_order (shop_id, order_id) values (?, ?) on conflict do nothing", shopId, orderId);
        jdbc.update("update tiktok_order_line set written_at = (select written_at from written_order w "
                + "where w.shop_id = ? and w.order_id = ?) where shop_id = ? and order_id = ? and written_at is null",
                shopId, orderId, shopId, orderId);
    }

    /**
     * Serializes an order's snapshot and its written report (call inside their transactions). Without it,
     * the two may run at once: the snapshot's insert does not see the uncommitted written_order row, the
     * report's update does not see the uncommitted line, and the line stays unwritten, never released,
     * its units in flight and out of the push basis for good (the flash-sale test caught 4 such lines).
     */
    private void lockOrder(String shopId, String orderId) {
        jdbc.query("select pg_advisory_xact_lock(hashtext('inventory-order:' || ? || ':' || ?))", rs -> { }, shopId,
                orderId);
    }

    /** The seller SKUs of an order's lines. */
    public List<String> skusOf(String shopId, String orderId) {
        return jdbc.queryForList("select distinct seller_sku from tiktok_order_line where shop_id = ? and order_id = ?",
                String.class, shopId, orderId);
    }

    /**
     * Releases the lines of written orders whose items a read covered, when that read started after the
     * order was reported written. {@code itemIds} null means the read covered every mapped item.
     *
     * @return the NetSuite items whose sellable quantity changes
     */
    public List<String> releaseCommitted(Instant readStartedAt, Collection<String> itemIds) {
        String items = itemIds == null ? "" : " and m.netsuite_item_id = any(?)";
        Object[] args = itemIds == null ? new Object[] {Timestamp.from(readStartedAt)}
                : new Object[] {Timestamp.from(readStartedAt), itemIds.toArray(String[]::new)};
        // Rows are locked in key order first: a delta poll, a movement read and a recalculation chunk
        // releasing overlapping lines at once would otherwise lock them in plan order and may deadlock.
        return jdbc.queryForList("with due as (select l.shop_id, l.order_id, l.seller_sku, l.warehouse_id, l.pre_order, "
                + "m.netsuite_item_id from tiktok_order_line l join catalog_sku_mapping m on m.shop_id = l.shop_id "
                + "and m.seller_sku = l.seller_sku where not l.released and not l.pre_order and l.written_at is not null "
                + "and l.written_at < ?" + items + " order by 1, 2, 3, 4, 5 for update of l), "
                + "released as (update tiktok_order_line l set released = true, released_at = clock_timestamp() from due d where d.shop_id = l.shop_id "
                + "and d.order_id = l.order_id and d.seller_sku = l.seller_sku and d.warehouse_id = l.warehouse_id "
                + "and d.pre_order = l.pre_order returning d.netsuite_item_id) "
                + "select distinct netsuite_item_id from released", String.class, args);
    }

    /**
     * Units in flight, units NetSuite is known to have committed (released ordinary lines: pre-order
     * units NetSuite never commits) and the newest line the hub knows, per SKU and warehouse.
     */
    public Map<LineKey, InFlight> inFlight(Collection<SkuRef> skus) {
        Map<LineKey, InFlight> result = new HashMap<>();
        if (skus.isEmpty()) {
            return result;
        }
        jdbc.query("select l.shop_id, l.seller_sku, l.warehouse_id, coalesce(sum(l.units) filter (where not l.released), 0) "
                + "as in_flight, max(l.seq) as newest, "
                + "coalesce(sum(l.units) filter (where l.released and not l.pre_order), 0) as committed "
                + "from tiktok_order_line l join unnest(?, ?) k(shop_id, seller_sku) "
                + "on k.shop_id = l.shop_id and k.seller_sku = l.seller_sku group by 1, 2, 3", rs -> {
                    result.put(new LineKey(rs.getString(1), rs.getString(2), rs.getString(3)),
                            new InFlight(rs.getLong(4), rs.getLong(5), rs.getLong(6)));
                }, skus.stream().map(SkuRef::shopId).toArray(String[]::new),
                skus.stream().map(SkuRef::sellerSku).toArray(String[]::new));
        return result;
    }

    /**
     * For each level about to be pushed: the in-flight units NetSuite's committed quantity took over
     * since TikTok accepted the last value. They moved from one term to the other and made no dip, so
     * they cannot explain one (see PushPlanner).
     */
    public Map<LineKey, Long> releasedSince(Collection<LevelRef> levels) {
        Map<LineKey, Long> result = new HashMap<>();
        if (levels.isEmpty()) {
            return result;
        }
        jdbc.query("select k.shop_id, k.seller_sku, k.warehouse_id, "
                + "coalesce(sum(l.units) filter (where l.released_at > to_timestamp(k.since_ms / 1000.0)), 0) "
                + "from unnest(?, ?, ?, ?) k(shop_id, seller_sku, warehouse_id, since_ms) "
                + "left join tiktok_order_line l on l.shop_id = k.shop_id and l.seller_sku = k.seller_sku "
                + "and l.warehouse_id = k.warehouse_id group by 1, 2, 3", rs -> {
                    result.put(new LineKey(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getLong(4));
                }, levels.stream().map(LevelRef::shopId).toArray(String[]::new),
                levels.stream().map(LevelRef::sellerSku).toArray(String[]::new),
                levels.stream().map(LevelRef::warehouseId).toArray(String[]::new),
                levels.stream().map(ref -> ref.acceptedAt() == null ? 0L : ref.acceptedAt().toEpochMilli())
                        .toArray(Long[]::new));
        return result;
    }

    /**
     * Seconds since the oldest line still in flight was received (0 when none): a Sales Order that never
     * reaches NetSuite, or whose SalesOrderWritten is parked, keeps its units in flight forever.
     */
    public double oldestInFlightSeconds() {
        Double age = jdbc.queryForObject("select extract(epoch from clock_timestamp() - min(received_at)) "
                + "from tiktok_order_line where not released and units > 0", Double.class);
        return age == null ? 0 : age;
    }

    /** One SKU's active units in one order, as the order snapshot had them. */
    public record OrderLine(String shopId, String orderId, String sellerSku, String warehouseId, int units,
            boolean preOrder, String status, Instant orderCreateTime, Instant orderUpdateTime, boolean releasedAtOnce) {
    }

    public record SkuRef(String shopId, String sellerSku) {
    }

    public record LineKey(String shopId, String sellerSku, String warehouseId) {
    }

    /** @param acceptedAt when the call carrying the last accepted value was sent, or null */
    public record LevelRef(String shopId, String sellerSku, String warehouseId, Instant acceptedAt) {
    }

    public record InFlight(long units, long newestLineSeq, long committedUnits) {
    }
}
