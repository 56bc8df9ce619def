package io.suitetok.settlement.matching;

import io.suitetok.settlement.config.SettlementProperties;
import java.sql.Array;
import java.sql.Connection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Matches every line of a statement, set-based in the database (a statement may have a million lines):
 * <ul>
 *   <li>an ORDER line to the Sales Order the order flow wrote for it ({@code ORDER}); one that gives money
 *       back (a refund) to the order's return the order flow credited ({@code REFUND});</li>
 *   <li>an adjustment to its type's GL account ({@code ADJUSTMENT});</li>
 *   <li>anything else is {@code UNMATCHED} with the reason a person needs: an order the hub never wrote, a
 *       refund with no credited return, an adjustment type without an account, a fee type without an account,
 *       an amount field the hub does not know, fees that do not add up.</li>
 * </ul>
 * A line finance resolved keeps its resolution; matching runs again when the order flow's results arrive
 * late, and a line it can now match is matched.
 */
@Component
public class LineMatcher {

    private final JdbcTemplate jdbc;

    public LineMatcher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One pass over the statement's unresolved lines: each line's outcome is worked out once (the first rule
     * that places it, then the questions about its amounts, which override it) and the line is written only
     * when that outcome differs from what it has. A million-line statement is then read once and each line
     * rewritten at most once, and matching again after late results rewrites only the lines that change.
     *
     * @return how many of the statement's lines are unmatched afterwards
     */
    public int match(String statementId, SettlementProperties.Shop shop) {
        String[] adjustmentTypes = shop.adjustmentAccounts().keySet().toArray(String[]::new);
        String[] feeTypes = shop.feeAccounts().keySet().toArray(String[]::new);
        // Materialized: each line's figures are computed once; the outcome refers to them several times.
        update("with c as materialized (select x.transaction_id, x.type, x.order_id, x.revenue_amount, x.fee_amount, "
                + "x.return_id, x.type = any(?) adjustment_known, x.unknown_amounts <> '{}'::jsonb has_unknown, "
                + "exists (select 1 from order_ref o where o.shop_id = x.shop_id and o.order_id = x.order_id and "
                + "o.sales_order_id is not null) has_sales_order, "
                + "(select min(r.return_id) from return_ref r where x.type = 'ORDER' and x.revenue_amount < 0 and "
                + "r.shop_id = x.shop_id and r.order_id = x.order_id and r.credit_memo_id is not null) credited_return, "
                + "coalesce((select sum(value::numeric) from jsonb_each_text(x.fees)), 0) fee_sum, "
                + "(select string_agg(k, ', ') from jsonb_object_keys(x.fees) k where not (k = any(?))) unplaced_fees, "
                + "case when x.unknown_amounts <> '{}'::jsonb then (select string_agg(key || ' ' || value, ', ') from "
                + "jsonb_each_text(x.unknown_amounts)) end unknown "
                + "from statement_line x where x.statement_id = ? and x.resolved_at is null), "
                + "m as (select c.transaction_id, "
                + OUTCOME.formatted("'UNMATCHED'", "'UNMATCHED'", "'UNMATCHED'", "'ORDER'", "'REFUND'", "'UNMATCHED'",
                        "'UNMATCHED'", "'ADJUSTMENT'", "'UNMATCHED'")
                + " status, "
                + OUTCOME.formatted("'unknown amount field(s) from TikTok: ' || c.unknown", "'fee_amount ' || c.fee_amount "
                        + "|| ' is not the sum of its fee components (' || c.fee_sum || ')'", "'fee type(s) without an "
                        + "account in hub.settlement.shops[].fee-accounts: ' || c.unplaced_fees", "null", "null",
                        "'a refund on order ' || c.order_id || ' for which the order flow credited no return (no Credit "
                        + "Memo)'", "'order ' || coalesce(c.order_id, '(none)') || ' was never written to NetSuite by the "
                        + "hub (no Sales Order)'", "null", "'adjustment type ' || c.type || ' has no account in "
                        + "hub.settlement.shops[].adjustment-accounts'")
                + " reason, case when c.type = 'ORDER' and c.revenue_amount >= 0 and c.has_sales_order then null "
                + "when c.type = 'ORDER' and c.revenue_amount < 0 and c.credited_return is not null then c.credited_return "
                + "else c.return_id end return_id from c) "
                + "update statement_line l set match_status = m.status, match_reason = m.reason, return_id = m.return_id "
                + "from m where l.transaction_id = m.transaction_id and (l.match_status, l.match_reason, l.return_id) is "
                + "distinct from (m.status, m.reason, m.return_id)", adjustmentTypes, feeTypes, statementId);
        return jdbc.queryForObject("select count(*) from statement_line where statement_id = ? and match_status = "
                + "'UNMATCHED'", Integer.class, statementId);
    }

    /**
     * A line's outcome, in the order the rules apply: an amount the books cannot place makes any line a person's
     * question (an unknown amount field, then fees that do not add up, then a fee type without an account);
     * otherwise an order line matches its Sales Order, a refund its credited return, an adjustment its account.
     * The placeholders are the values for: unknown amount, fees not adding up, fee type without account, order
     * matched, refund matched, refund without return, order never written, adjustment placed, adjustment unplaced.
     */
    private static final String OUTCOME = "case when c.has_unknown then %s "
            + "when c.fee_amount <> c.fee_sum then %s "
            + "when c.unplaced_fees is not null then %s "
            + "when c.type = 'ORDER' and c.revenue_amount >= 0 and c.has_sales_order then %s "
            + "when c.type = 'ORDER' and c.revenue_amount < 0 and c.credited_return is not null then %s "
            + "when c.type = 'ORDER' and c.revenue_amount < 0 then %s "
            + "when c.type = 'ORDER' then %s "
            + "when c.adjustment_known then %s else %s end";

    /** An update whose parameters are text or text arrays, in the order of their placeholders. */
    private void update(String sql, Object... parameters) {
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] instanceof String[] values) {
                        statement.setArray(i + 1, textArray(connection, values));
                    } else {
                        statement.setString(i + 1, (String) parameters[i]);
                    }
                }
                return statement.executeUpdate();
            }
        });
    }

    private static Array textArray(Connection connection, String[] values) throws java.sql.SQLException {
        return connection.createArrayOf("text", values);
    }
}
