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
        jdbc.update("insert into tiktok_order_line (shop_id, order_id, seller_sku, warehouse_id, units, pre_order, status, "
                + "order_update_time, written_at, released) values (?, ?, ?, ?, ?, ?, ?, ?, "
                + "(select written_at from written_order where shop_id = ? and order_id = ?), ?) "
                + "on conflict (shop_id, order_id, seller_sku, warehouse_id) do update set units = excluded.units, "
                + "status = excluded.status, order_update_time = excluded.order_update_time, "
                + "released = tiktok_order_line.released or excluded.released "
                + "where excluded.order_update_time >= tiktok_order_line.order_update_time",
                line.shopId(), line.orderId(), line.sellerSku(), line.warehouseId(), line.units(), line.preOrder(),
                line.status(), Timestamp.from(line.orderUpdateTime()), line.shopId(), line.orderId(),
                line.releasedAtOnce());
    }

    /** The order's Sales Order is in NetSuite; its lines wait for a read that started after now. */
    public void markWritten(String shopId, String orderId) {
        jdbc.update("insert into written_order (shop_id, order_id) values (?, ?) on conflict do nothing", shopId, orderId);
        jdbc.update("update tiktok_order_line set written_at = (select written_at from written_order w "
                + "where w.shop_id = ? and w.order_id = ?) where shop_id = ? and order_id = ? and written_at is null",
                shopId, orderId, shopId, orderId);
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
        return jdbc.queryForList("with released as (update tiktok_order_line l set released = true from sku_mapping m "
                + "where not l.released and not l.pre_order and l.written_at is not null and l.written_at < ? "
                + "and m.shop_id = l.shop_id and m.seller_sku = l.seller_sku" + items
                + " returning m.netsuite_item_id) select distinct netsuite_item_id from released", String.class, args);
    }

    /** Units in flight and the newest line the hub knows, per SKU and warehouse, for the given SKUs. */
    public Map<LineKey, InFlight> inFlight(Collection<SkuRef> skus) {
        Map<LineKey, InFlight> result = new HashMap<>();
        if (skus.isEmpty()) {
            return result;
        }
        jdbc.query("select l.shop_id, l.seller_sku, l.warehouse_id, coalesce(sum(l.units) filter (where not l.released), 0) "
                + "as in_flight, max(l.seq) as newest from tiktok_order_line l join unnest(?, ?) k(shop_id, seller_sku) "
                + "on k.shop_id = l.shop_id and k.seller_sku = l.seller_sku group by 1, 2, 3", rs -> {
                    result.put(new LineKey(rs.getString(1), rs.getString(2), rs.getString(3)),
                            new InFlight(rs.getLong(4), rs.getLong(5)));
                }, skus.stream().map(SkuRef::shopId).toArray(String[]::new),
                skus.stream().map(SkuRef::sellerSku).toArray(String[]::new));
        return result;
    }

    /**
     * For each level about to be pushed: the units TikTok sold since the value it last accepted was
     * computed (TikTok took them off its own count), and the units of orders younger than
     * {@code settle} still in flight (NetSuite may already count those).
     */
    public Map<LineKey, SinceAccepted> sinceAccepted(Collection<LevelRef> levels, java.time.Duration settle) {
        Map<LineKey, SinceAccepted> result = new HashMap<>();
        if (levels.isEmpty()) {
            return result;
        }
        jdbc.query("select k.shop_id, k.seller_sku, k.warehouse_id, "
                + "coalesce(sum(l.units) filter (where l.seq > k.since_seq), 0), "
                + "coalesce(sum(l.units) filter (where not l.released and l.received_at > clock_timestamp() - ? * "
                + "interval '1 millisecond'), 0) from unnest(?, ?, ?, ?) k(shop_id, seller_sku, warehouse_id, since_seq) "
                + "left join tiktok_order_line l on l.shop_id = k.shop_id and l.seller_sku = k.seller_sku "
                + "and l.warehouse_id = k.warehouse_id group by 1, 2, 3", rs -> {
                    result.put(new LineKey(rs.getString(1), rs.getString(2), rs.getString(3)),
                            new SinceAccepted(rs.getLong(4), rs.getLong(5)));
                }, settle.toMillis(), levels.stream().map(LevelRef::shopId).toArray(String[]::new),
                levels.stream().map(LevelRef::sellerSku).toArray(String[]::new),
                levels.stream().map(LevelRef::warehouseId).toArray(String[]::new),
                levels.stream().map(LevelRef::sinceLineSeq).toArray(Long[]::new));
        return result;
    }

    /** One SKU's active units in one order, as the order snapshot had them. */
    public record OrderLine(String shopId, String orderId, String sellerSku, String warehouseId, int units,
            boolean preOrder, String status, Instant orderUpdateTime, boolean releasedAtOnce) {
    }

    public record SkuRef(String shopId, String sellerSku) {
    }

    public record LineKey(String shopId, String sellerSku, String warehouseId) {
    }

    public record LevelRef(String shopId, String sellerSku, String warehouseId, long sinceLineSeq) {
    }

    public record InFlight(long units, long newestLineSeq) {
    }

    public record SinceAccepted(long soldUnits, long youngInFlightUnits) {
    }
}
