package io.suitetok.orders.returns;

import io.suitetok.model.event.EventCodec;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Returns and how far each has got in NetSuite. The newest TikTok snapshot wins, as for orders; a
 * newer one puts the return back in the writer's queue (and a parked one out of the parked list).
 */
@Repository
public class ReturnStore {

    private static final String COLUMNS = "*, snapshot::text as snapshot_json, reasons::text as reasons_json";

    private final JdbcTemplate jdbc;
    private final EventCodec codec;

    public ReturnStore(JdbcTemplate jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /**
     * Stores the snapshot unless a later one (by TikTok's {@code update_time}) is there; an equal time
     * with different content is taken, since snapshots are always read fresh from TikTok. Call inside a
     * transaction: the row is locked first so that the snapshot it replaced is the one returned.
     */
    public Saved saveIfNewer(OrderReturn snapshot) {
        OrderReturn before = jdbc.queryForList("select snapshot::text from order_return where shop_id = ? and "
                + "return_id = ? for update", String.class, snapshot.shopId(), snapshot.returnId()).stream()
                .findFirst().map(json -> codec.readValue(json, OrderReturn.class)).orElse(null);
        int changed = jdbc.update("insert into order_return (shop_id, return_id, order_id, return_type, status, "
                + "update_time, snapshot) values (?, ?, ?, ?, ?, ?, ?::jsonb) on conflict (shop_id, return_id) do update "
                + "set return_type = excluded.return_type, status = excluded.status, update_time = excluded.update_time, "
                + "snapshot = excluded.snapshot, needs_write = true, state = 'PENDING', reasons = '[]', "
                + "updated_at = now() "
                + "where order_return.update_time < excluded.update_time or (order_return.update_time = "
                + "excluded.update_time and order_return.snapshot <> excluded.snapshot)",
                snapshot.shopId(), snapshot.returnId(), snapshot.orderId(), snapshot.type(), snapshot.status(),
                Timestamp.from(snapshot.updateTime()), codec.writeText(snapshot));
        return new Saved(changed == 1, before);
    }

    /**
     * @param newer  the snapshot is now the stored one
     * @param before the snapshot it replaced; {@code null} for a return not seen before
     */
    public record Saved(boolean newer, OrderReturn before) {
    }

    public Optional<StoredReturn> find(String shopId, String returnId) {
        return jdbc.query("select " + COLUMNS + " from order_return where shop_id = ? and return_id = ?", this::row,
                shopId, returnId).stream().findFirst();
    }

    public List<StoredReturn> ofOrder(String shopId, String orderId) {
        return jdbc.query("select " + COLUMNS + " from order_return where shop_id = ? and order_id = ? "
                + "order by return_id", this::row, shopId, orderId);
    }

    /**
     * Up to {@code limit} returns with records to write whose Sales Order is written, locked for the
     * caller's transaction (rows another replica holds are skipped). A return whose Sales Order is not
     * written yet stays queued and is taken once it is.
     */
    public List<StoredReturn> lockPending(int limit) {
        return jdbc.query("select r.*, r.snapshot::text as snapshot_json, r.reasons::text as reasons_json from "
                + "order_return r join order_state s on s.shop_id = r.shop_id and s.order_id = r.order_id where "
                + "r.needs_write and s.state = 'WRITTEN' order by r.updated_at limit ? for update of r skip locked",
                this::row, limit);
    }

    /** Marks queued returns whose Sales Order is not written (yet) as waiting for it, with the reason. */
    public int markWaitingForSalesOrder() {
        return jdbc.update("update order_return r set state = 'WAITING_FOR_SALES_ORDER', reasons = jsonb_build_array("
                + "'Sales Order not written yet (order ' || coalesce(s.state, 'not seen') || ')'), updated_at = now() "
                + "from order_return r2 left join order_state s on s.shop_id = r2.shop_id and s.order_id = r2.order_id "
                + "where r.shop_id = r2.shop_id and r.return_id = r2.return_id and r.needs_write and r.state = 'PENDING' "
                + "and (s.state is null or s.state <> 'WRITTEN')");
    }

    public void recordReturnAuthorization(StoredReturn stored, String raId, String tracking, boolean closed) {
        jdbc.update("update order_return set ra_id = ?, ra_tracking = ?, ra_closed = ?, updated_at = now() where "
                + "shop_id = ? and return_id = ?", raId, tracking, closed, stored.shopId(), stored.returnId());
    }

    public void recordReceipt(StoredReturn stored, String receiptId) {
        jdbc.update("update order_return set receipt_id = ?, updated_at = now() where shop_id = ? and return_id = ?",
                receiptId, stored.shopId(), stored.returnId());
    }

    public void recordCreditMemo(StoredReturn stored, String creditMemoId, BigDecimal amount) {
        jdbc.update("update order_return set credit_memo_id = ?, credited_amount = ?, updated_at = now() where "
                + "shop_id = ? and return_id = ?", creditMemoId, amount, stored.shopId(), stored.returnId());
    }

    public void recordCustomerRefund(StoredReturn stored, String refundId) {
        jdbc.update("update order_return set customer_refund_id = ?, updated_at = now() where shop_id = ? and "
                + "return_id = ?", refundId, stored.shopId(), stored.returnId());
    }

    /** Leaves the queue: everything TikTok's current status asks of NetSuite is written. */
    public void done(StoredReturn stored) {
        setState(stored, StoredReturn.DONE, List.of(), false);
    }

    public void park(StoredReturn stored, List<String> reasons) {
        setState(stored, StoredReturn.PARKED, reasons, false);
    }

    public List<StoredReturn> parked() {
        return jdbc.query("select " + COLUMNS + " from order_return where state in ('PARKED', "
                + "'WAITING_FOR_SALES_ORDER') order by updated_at", this::row);
    }

    /** Queues a return for the writer again (a replay after a fix); false when there is no such return. */
    public boolean replay(String shopId, String returnId) {
        return jdbc.update("update order_return set needs_write = true, state = 'PENDING', reasons = '[]', "
                + "updated_at = now() where shop_id = ? and return_id = ?", shopId, returnId) == 1;
    }

    private void setState(StoredReturn stored, String state, List<String> reasons, boolean needsWrite) {
        jdbc.update("update order_return set state = ?, reasons = ?::jsonb, needs_write = ?, updated_at = now() "
                + "where shop_id = ? and return_id = ?", state, codec.writeText(reasons), needsWrite,
                stored.shopId(), stored.returnId());
    }

    private StoredReturn row(ResultSet rs, int i) throws SQLException {
        return new StoredReturn(codec.readValue(rs.getString("snapshot_json"), OrderReturn.class), rs.getString("state"),
                Arrays.asList(codec.readValue(rs.getString("reasons_json"), String[].class)), rs.getString("ra_id"),
                rs.getString("ra_tracking"), rs.getBoolean("ra_closed"), rs.getString("receipt_id"),
                rs.getString("credit_memo_id"), rs.getBigDecimal("credited_amount"),
                rs.getString("customer_refund_id"));
    }
}
