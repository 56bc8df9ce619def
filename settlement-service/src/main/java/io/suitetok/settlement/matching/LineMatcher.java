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

    private static final String UNRESOLVED = " and resolved_at is null";

    private final JdbcTemplate jdbc;

    public LineMatcher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return how many of the statement's lines are unmatched afterwards */
    public int match(String statementId, SettlementProperties.Shop shop) {
        String lines = "update statement_line l set ";
        String scope = " where l.statement_id = ?" + UNRESOLVED;
        jdbc.update(lines + "match_status = 'ORDER', match_reason = null, return_id = null" + scope
                + " and l.type = 'ORDER' and l.revenue_amount >= 0 and exists (select 1 from order_ref o where "
                + "o.shop_id = l.shop_id and o.order_id = l.order_id and o.sales_order_id is not null)", statementId);
        jdbc.update(lines + "match_status = 'REFUND', match_reason = null, return_id = (select min(r.return_id) from "
                + "return_ref r where r.shop_id = l.shop_id and r.order_id = l.order_id and r.credit_memo_id is not null)"
                + scope + " and l.type = 'ORDER' and l.revenue_amount < 0 and exists (select 1 from return_ref r where "
                + "r.shop_id = l.shop_id and r.order_id = l.order_id and r.credit_memo_id is not null)", statementId);
        jdbc.update(lines + "match_status = 'UNMATCHED', match_reason = 'a refund on order ' || l.order_id || ' for "
                + "which the order flow credited no return (no Credit Memo)'" + scope + " and l.type = 'ORDER' and "
                + "l.revenue_amount < 0 and not exists (select 1 from return_ref r where r.shop_id = l.shop_id and "
                + "r.order_id = l.order_id and r.credit_memo_id is not null)", statementId);
        jdbc.update(lines + "match_status = 'UNMATCHED', match_reason = 'order ' || coalesce(l.order_id, '(none)') || "
                + "' was never written to NetSuite by the hub (no Sales Order)'" + scope + " and l.type = 'ORDER' and "
                + "l.revenue_amount >= 0 and not exists (select 1 from order_ref o where o.shop_id = l.shop_id and "
                + "o.order_id = l.order_id and o.sales_order_id is not null)", statementId);
        String[] adjustmentTypes = shop.adjustmentAccounts().keySet().toArray(String[]::new);
        update(lines + "match_status = 'ADJUSTMENT', match_reason = null" + scope
                + " and l.type <> 'ORDER' and l.type = any(?)", statementId, adjustmentTypes);
        update(lines + "match_status = 'UNMATCHED', match_reason = 'adjustment type ' || l.type || ' has no "
                + "account in hub.settlement.shops[].adjustment-accounts'" + scope + " and l.type <> 'ORDER' and "
                + "not (l.type = any(?))", statementId, adjustmentTypes);
        // Whatever matched above, an amount the books cannot place makes the line a person's question.
        String[] feeTypes = shop.feeAccounts().keySet().toArray(String[]::new);
        update(lines + "match_status = 'UNMATCHED', match_reason = 'fee type(s) without an account in "
                + "hub.settlement.shops[].fee-accounts: ' || (select string_agg(k, ', ') from jsonb_object_keys(l.fees) k "
                + "where not (k = any(?)))" + scope + " and exists (select 1 from jsonb_object_keys(l.fees) k where not "
                + "(k = any(?)))", feeTypes, statementId, feeTypes);
        jdbc.update(lines + "match_status = 'UNMATCHED', match_reason = 'unknown amount field(s) from TikTok: ' || "
                + "(select string_agg(key || ' ' || value, ', ') from jsonb_each_text(l.unknown_amounts))" + scope
                + " and l.unknown_amounts <> '{}'::jsonb", statementId);
        jdbc.update(lines + "match_status = 'UNMATCHED', match_reason = 'fee_amount ' || l.fee_amount || ' is not the "
                + "sum of its fee components (' || coalesce((select sum(value::numeric) from jsonb_each_text(l.fees)), 0)"
                + " || ')'" + scope + " and l.unknown_amounts = '{}'::jsonb and l.fee_amount <> coalesce((select "
                + "sum(value::numeric) from jsonb_each_text(l.fees)), 0)", statementId);
        return jdbc.queryForObject("select count(*) from statement_line where statement_id = ? and match_status = "
                + "'UNMATCHED'", Integer.class, statementId);
    }

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
