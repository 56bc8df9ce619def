package io.suitetok.settlement.finance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reconciliation as a diff. Per order: what the order flow says TikTok should settle (expected revenue
 * plus expected fees) against what the statements settled and what of that was paid out. Per statement and
 * for the period: TikTok's header against the sum of its lines, what is matched, surfaced and posted. A
 * difference names its cause; one within the shop's tolerance is not reported.
 */
@Component
public class Reconciliation {

    private final JdbcTemplate jdbc;

    public Reconciliation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param expectedNet what the order flow says TikTok should settle (null when the hub never saw the order)
     * @param settled     the order's lines in the period's statements
     * @param paid        of {@code settled}, what is in statements TikTok paid out
     * @param cause       why they differ: NOT_SETTLED, NEVER_SEEN, REFUND, FEES, REVENUE, or null when they agree
     */
    public record OrderDiff(String shopId, String orderId, String currency, BigDecimal expectedNet,
                            BigDecimal settled, BigDecimal paid, BigDecimal difference, String cause) {
    }

    /** Period totals for one shop, each statement's and all together. */
    public record StatementDiff(String statementId, Instant statementTime, String currency, BigDecimal header,
                                BigDecimal lines, BigDecimal difference, int lineCount, int unmatched, String state,
                                String paymentStatus) {
    }

    public record Period(String shopId, Instant from, Instant to, BigDecimal settled, BigDecimal linesTotal,
                         BigDecimal paid, BigDecimal deposited, int statements, int lines, int unmatched,
                         List<StatementDiff> perStatement) {
    }

    public Period period(String shopId, Instant from, Instant to) {
        List<StatementDiff> statements = jdbc.query("select statement_id, statement_time, currency, settlement_amount, "
                + "lines_settlement, line_count, unmatched_count, state, payment_status from statement where shop_id = ? "
                + "and statement_time >= ? and statement_time < ? order by statement_time", (rs, i) -> new StatementDiff(
                rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getBigDecimal(4),
                rs.getBigDecimal(5), rs.getBigDecimal(5).subtract(rs.getBigDecimal(4)), rs.getInt(6), rs.getInt(7),
                rs.getString(8), rs.getString(9)), shopId, Timestamp.from(from), Timestamp.from(to));
        BigDecimal settled = statements.stream().map(StatementDiff::header).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal lines = statements.stream().map(StatementDiff::lines).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal paid = statements.stream().filter(s -> "PAID".equals(s.paymentStatus())).map(StatementDiff::header)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // By the period's statements, not by payout date: TikTok pays a day's statement days later.
        BigDecimal deposited = jdbc.queryForObject("select coalesce(sum(s.settlement_amount), 0) from statement s join "
                + "payment p on p.payment_id = s.payment_id where s.shop_id = ? and s.statement_time >= ? and "
                + "s.statement_time < ? and p.deposit_id is not null", BigDecimal.class, shopId, Timestamp.from(from),
                Timestamp.from(to));
        return new Period(shopId, from, to, settled, lines, paid, deposited, statements.size(),
                statements.stream().mapToInt(StatementDiff::lineCount).sum(),
                statements.stream().mapToInt(StatementDiff::unmatched).sum(), statements);
    }

    /**
     * Per order with lines in the period (and orders the hub expected that have no line in any statement yet),
     * a page of differences;
     * {@code onlyDifferences} leaves out the orders that agree within tolerance.
     */
    public List<OrderDiff> orders(String shopId, Instant from, Instant to, BigDecimal tolerance, boolean onlyDifferences,
            int limit, int offset) {
        String sql = "with settled as (select l.order_id, min(l.currency) currency, sum(l.settlement_amount) settled, "
                + "sum(case when s.payment_status = 'PAID' then l.settlement_amount else 0 end) paid, "
                + "bool_or(l.refund_amount <> 0) refunded, sum(l.fee_amount) fees from statement_line l join statement s "
                + "on s.statement_id = l.statement_id where l.shop_id = ? and l.type = 'ORDER' and s.statement_time >= ? "
                + "and s.statement_time < ? group by l.order_id), "
                + "diff as (select coalesce(st.order_id, o.order_id) order_id, coalesce(st.currency, o.currency) currency, "
                + "o.expected_revenue + coalesce(o.expected_fees, 0) expected, o.expected_fees, st.settled, st.paid, "
                + "st.refunded, st.fees, o.order_id is null or o.expected_revenue is null never_seen from settled st full "
                + "join (select * from order_ref r where r.shop_id = ? and r.expected_revenue is not null and (r.order_id in "
                + "(select order_id from settled) or (r.updated_at < ? and not exists (select 1 from statement_line l2 "
                + "where l2.shop_id = r.shop_id and l2.order_id = r.order_id)))) o "
                + "on o.order_id = st.order_id) "
                + "select order_id, currency, expected, coalesce(settled, 0) settled, coalesce(paid, 0) paid, "
                + "coalesce(settled, 0) - coalesce(expected, 0) difference, case "
                + "when never_seen then 'NEVER_SEEN' when settled is null then 'NOT_SETTLED' "
                + "when abs(coalesce(settled, 0) - expected) <= ? then null when refunded then 'REFUND' "
                // A fee differing from the prediction by no more than rounding is not the cause.
                + "when abs(coalesce(fees, 0) - coalesce(expected_fees, 0)) > ? then 'FEES' else 'REVENUE' end cause "
                + "from diff "
                + (onlyDifferences ? "where never_seen or settled is null or abs(coalesce(settled, 0) - expected) > ? " : "")
                + "order by order_id limit ? offset ?";
        Object[] args = onlyDifferences
                ? new Object[] {shopId, Timestamp.from(from), Timestamp.from(to), shopId, Timestamp.from(to), tolerance,
                        tolerance, tolerance, limit, offset}
                : new Object[] {shopId, Timestamp.from(from), Timestamp.from(to), shopId, Timestamp.from(to), tolerance,
                        tolerance, limit, offset};
        return jdbc.query(sql, (rs, i) -> new OrderDiff(shopId, rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7)), args);
    }
}
