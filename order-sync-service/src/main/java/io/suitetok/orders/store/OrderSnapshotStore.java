package io.suitetok.orders.store;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.order.Order;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The newest snapshot per order; the guard that keeps a late, older snapshot from winning. */
@Repository
public class OrderSnapshotStore {

    private final JdbcTemplate jdbc;
    private final EventCodec codec;

    public OrderSnapshotStore(JdbcTemplate jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /**
     * Stores the snapshot unless one with the same or a later {@code update_time} is already there,
     * in one statement, so two replicas racing on the same order cannot both win.
     *
     * @return true when this snapshot is now the newest
     */
    public boolean saveIfNewer(Order order) {
        return jdbc.update("insert into order_snapshot (shop_id, order_id, update_time, status, snapshot) "
                + "values (?, ?, ?, ?, ?::jsonb) on conflict (shop_id, order_id) do update set "
                + "update_time = excluded.update_time, status = excluded.status, snapshot = excluded.snapshot, "
                + "received_at = now() where order_snapshot.update_time < excluded.update_time",
                order.shopId().value(), order.orderId().value(), Timestamp.from(order.updateTime()),
                order.status().name(), codec.writeText(order)) == 1;
    }

    public Optional<Instant> updateTime(String shopId, String orderId) {
        return jdbc.queryForList("select update_time from order_snapshot where shop_id = ? and order_id = ?",
                Timestamp.class, shopId, orderId).stream().findFirst().map(Timestamp::toInstant);
    }

    public Optional<Order> find(String shopId, String orderId) {
        return jdbc.queryForList("select snapshot::text from order_snapshot where shop_id = ? and order_id = ?",
                String.class, shopId, orderId).stream().findFirst().map(json -> codec.readValue(json, Order.class));
    }
}
