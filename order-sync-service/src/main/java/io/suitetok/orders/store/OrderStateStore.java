package io.suitetok.orders.store;

import io.suitetok.model.event.EventCodec;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Order states, with the journey of each order beside them. */
@Repository
public class OrderStateStore {

    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final RowMapper<OrderState> row;

    public OrderStateStore(JdbcTemplate jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.row = (rs, i) -> new OrderState(rs.getString("shop_id"), rs.getString("order_id"),
                OrderState.Stage.valueOf(rs.getString("state")),
                Arrays.asList(codec.readValue(rs.getString("reasons"), String[].class)), rs.getString("netsuite_id"),
                rs.getString("netsuite_tran_id"), rs.getTimestamp("written_update_time") == null ? null
                        : rs.getTimestamp("written_update_time").toInstant(), rs.getBoolean("written_back"));
    }

    public Optional<OrderState> find(String shopId, String orderId) {
        return jdbc.query("select *, reasons::text as reasons from order_state where shop_id = ? and order_id = ?", row,
                shopId, orderId).stream().findFirst();
    }

    /** The order a Sales Order (by NetSuite internal id) was written for; empty for orders not from the hub. */
    public Optional<OrderState> findBySalesOrder(String netsuiteId) {
        return jdbc.query("select *, reasons::text as reasons from order_state where netsuite_id = ?", row, netsuiteId)
                .stream().findFirst();
    }

    /** Whether the order's Sales Order was last written from a draft with this fingerprint. */
    public boolean isWrittenWith(String shopId, String orderId, String fingerprint) {
        return !jdbc.queryForList("select 1 from order_state where shop_id = ? and order_id = ? and state = 'WRITTEN' "
                + "and written_fingerprint = ?", Integer.class, shopId, orderId, fingerprint).isEmpty();
    }

    public void rememberWritten(String shopId, String orderId, String fingerprint) {
        jdbc.update("update order_state set written_fingerprint = ? where shop_id = ? and order_id = ?", fingerprint,
                shopId, orderId);
    }

    /** The customer the order's Sales Order was booked to, which its credit memos and refunds name too. */
    public void rememberCustomer(String shopId, String orderId, String customer) {
        jdbc.update("update order_state set netsuite_customer = ? where shop_id = ? and order_id = ?", customer, shopId,
                orderId);
    }

    /** Empty for an order written before the customer was kept (the shop's default customer then applies). */
    public Optional<String> customerOf(String shopId, String orderId) {
        return jdbc.queryForList("select netsuite_customer from order_state where shop_id = ? and order_id = ? and "
                + "netsuite_customer is not null", String.class, shopId, orderId).stream().findFirst();
    }

    public List<OrderState> parked() {
        return jdbc.query("select *, reasons::text as reasons from order_state where state = 'PARKED' "
                + "order by updated_at", row);
    }

    public List<OrderState> writtenNotWrittenBack(int limit) {
        return jdbc.query("select *, reasons::text as reasons from order_state where state = 'WRITTEN' and "
                + "not written_back and netsuite_tran_id is not null order by updated_at limit ?", row, limit);
    }

    /**
     * Marks the tran id as written back to TikTok, only while the order still carries that tran id: the write-back
     * runs beside the flush, which may have changed the order's row meanwhile, and must not overwrite it.
     */
    public void markWrittenBack(String shopId, String orderId, String tranId) {
        jdbc.update("update order_state set written_back = true where shop_id = ? and order_id = ? "
                + "and netsuite_tran_id = ?", shopId, orderId, tranId);
    }

    public void save(OrderState state) {
        jdbc.update("insert into order_state (shop_id, order_id, state, reasons, netsuite_id, netsuite_tran_id, "
                + "written_update_time, written_back) values (?, ?, ?, ?::jsonb, ?, ?, ?, ?) on conflict (shop_id, "
                + "order_id) do update set state = excluded.state, reasons = excluded.reasons, netsuite_id = "
                + "coalesce(excluded.netsuite_id, order_state.netsuite_id), netsuite_tran_id = "
                + "coalesce(excluded.netsuite_tran_id, order_state.netsuite_tran_id), written_update_time = "
                + "coalesce(excluded.written_update_time, order_state.written_update_time), written_back = "
                + "excluded.written_back, updated_at = now()", state.shopId(), state.orderId(), state.stage().name(),
                codec.writeText(state.reasons()), state.netsuiteId(), state.netsuiteTranId(),
                state.writtenUpdateTime() == null ? null : Timestamp.from(state.writtenUpdateTime()), state.writtenBack());
    }

    public void journey(String shopId, String orderId, String step, String detail) {
        jdbc.update("insert into order_journey (shop_id, order_id, step, detail) values (?, ?, ?, ?)", shopId, orderId,
                step, detail);
    }

    /**
     * Adds one step to each of these orders that the hub holds a state for, in one statement, unless the order
     * already has this step with this detail (a repeated announcement). Orders the hub never saw are skipped.
     *
     * @return how many orders gained the step
     */
    public int journeyOnce(String shopId, List<String> orderIds, String step, String detail) {
        // "not exists" keeps a repeat out; the unique index of V8 settles two writers racing on the same step.
        return jdbc.update("insert into order_journey (shop_id, order_id, step, detail) select s.shop_id, s.order_id, "
                + "?, ? from order_state s where s.shop_id = ? and s.order_id = any(?) and not exists (select 1 from "
                + "order_journey j where j.order_id = s.order_id and j.shop_id = s.shop_id and j.step = ? and "
                + "j.detail = ?) order by s.order_id on conflict do nothing", step, detail, shopId,
                orderIds.toArray(String[]::new), step, detail);
    }

    /** How many of these orders the hub holds a state for. */
    public int countKnown(String shopId, List<String> orderIds) {
        Integer known = jdbc.queryForObject("select count(*) from order_state where shop_id = ? and order_id = any(?)",
                Integer.class, shopId, orderIds.toArray(String[]::new));
        return known == null ? 0 : known;
    }

    public List<JourneyStep> journeyOf(String orderId) {
        return jdbc.query("select at, step, detail from order_journey where order_id = ? order by id",
                (rs, i) -> new JourneyStep(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)), orderId);
    }

    public record JourneyStep(java.time.Instant at, String step, String detail) {
    }
}
