package io.suitetok.orders.store;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.order.Order;
import io.suitetok.runtime.tracing.TraceParents;
import java.sql.Timestamp;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The newest snapshot per order; the guard that keeps a late, older snapshot from winning. */
@Repository
public class OrderSnapshotStore {

    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final TraceParents traces;

    public OrderSnapshotStore(JdbcTemplate jdbc, EventCodec codec, TraceParents traces) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.traces = traces;
    }

    /** An order waiting for NetSuite, with the trace that stored its snapshot (null when untraced). */
    public record Pending(Order order, String traceParent) {
    }

    /**
     * Stores the snapshot unless a later one is already there, in one statement, so two replicas racing
     * on the same order cannot both win. TikTok's {@code update_time} has whole seconds, so two changes
     * in one second share it: an equal time with different content is taken, because snapshots are
     * always read fresh from TikTok, never from a webhook's payload.
     *
     * @return true when this snapshot is now the newest
     */
    public boolean saveIfNewer(Order order) {
        return jdbc.update("insert into order_snapshot (shop_id, order_id, update_time, status, snapshot, needs_write, "
                + "traceparent) values (?, ?, ?, ?, ?::jsonb, true, ?) on conflict (shop_id, order_id) do update set "
                + "update_time = excluded.update_time, status = excluded.status, snapshot = excluded.snapshot, "
                + "received_at = now(), needs_write = true, traceparent = excluded.traceparent "
                + "where order_snapshot.update_time < excluded.update_time "
                + "or (order_snapshot.update_time = excluded.update_time and order_snapshot.snapshot <> excluded.snapshot)",
                order.shopId().value(), order.orderId().value(), Timestamp.from(order.updateTime()),
                order.status().name(), codec.writeText(order), traces.current()) == 1;
    }

    /**
     * Takes up to {@code limit} orders waiting for NetSuite and locks them for the caller's
     * transaction; rows another replica holds are skipped, not waited for.
     */
    public java.util.List<Pending> lockPending(int limit) {
        return jdbc.query("select snapshot::text as snapshot, traceparent from order_snapshot where needs_write "
                + "order by received_at limit ? for update skip locked",
                (rs, i) -> new Pending(codec.readValue(rs.getString("snapshot"), Order.class),
                        rs.getString("traceparent")), limit);
    }

    public void markDone(String shopId, String orderId) {
        jdbc.update("update order_snapshot set needs_write = false where shop_id = ? and order_id = ?", shopId, orderId);
    }

    /** Sends an order through the Sales Order step again (a replay, or its missing mapping arrived). */
    public int requeue(String shopId, String orderId) {
        return jdbc.update("update order_snapshot set needs_write = true, received_at = now() where shop_id = ? "
                + "and order_id = ?", shopId, orderId);
    }

    /** Parked orders of a shop that sell the given seller SKU (JSON containment on the snapshot). */
    public java.util.List<String> parkedOrdersWithSku(String shopId, String sellerSku) {
        return jdbc.queryForList("select s.order_id from order_snapshot s join order_state o on o.shop_id = s.shop_id "
                + "and o.order_id = s.order_id where s.shop_id = ? and o.state = 'PARKED' and s.snapshot -> 'lines' "
                + "@> ?::jsonb", String.class, shopId, "[{\"sellerSku\":\"" + sellerSku.replace("\"", "") + "\"}]");
    }

    public Optional<Order> find(String shopId, String orderId) {
        return jdbc.queryForList("select snapshot::text from order_snapshot where shop_id = ? and order_id = ?",
                String.class, shopId, orderId).stream().findFirst().map(json -> codec.readValue(json, Order.class));
    }
}
