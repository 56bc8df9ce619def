package io.suitetok.settlement.matching;

import io.suitetok.settlement.config.SettlementProperties;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Matches statement lines, set-based in the database (a statement may have a million lines):
 * <ul>
 *   <li>an ORDER line to the Sales Order the order flow wrote for it ({@code ORDER}); one that gives money
 *       back (a refund) to the order's return the order flow credited ({@code REFUND});</li>
 *   <li>an adjustment to its type's GL account ({@code ADJUSTMENT});</li>
 *   <li>anything else is {@code UNMATCHED} with the reason a person needs: an order the hub never wrote, a
 *       refund with no credited return, an adjustment type without an account, a fee type without an account,
 *       an amount field the hub does not know, fees that do not add up.</li>
 * </ul>
 * The rules are written once ({@link #withOutcomes}) and applied in two places: to a page of lines as it is
 * stored (so a million-line statement is written once, already matched) and to lines left unmatched, when
 * the order flow's results arrive late or a shop's accounts change. A line finance resolved keeps its
 * resolution.
 */
@Component
public class LineMatcher {

    /** The stored line columns the rules read. */
    private static final String RULE_COLUMNS = "transaction_id, shop_id, type, order_id, revenue_amount, fee_amount, "
            + "fees, unknown_amounts, return_id";

    private final JdbcTemplate jdbc;

    public LineMatcher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The rules as the head of a statement: {@code with c as (...), m as (...)}, where {@code lines} is a
     * relation of lines (with at least {@link #RULE_COLUMNS}) and {@code m} has every column of {@code lines}
     * plus {@code status}, {@code reason} and {@code matched_return_id}. Bind {@link #ruleParameters} first,
     * then the parameters of {@code lines}. Each line's figures are computed once (materialized): the outcome
     * refers to them several times.
     */
    public static String withOutcomes(String lines) {
        return "with rules as (select ?::text[] adjustment_types, ?::text[] fee_types), "
                + "c as materialized (select x.*, x.type = any(rules.adjustment_types) adjustment_known, "
                + "x.unknown_amounts <> '{}'::jsonb has_unknown, "
                + "exists (select 1 from order_ref o where o.shop_id = x.shop_id and o.order_id = x.order_id and "
                + "o.sales_order_id is not null) has_sales_order, "
                + "(select min(r.return_id) from return_ref r where x.type = 'ORDER' and x.revenue_amount < 0 and "
                + "r.shop_id = x.shop_id and r.order_id = x.order_id and r.credit_memo_id is not null) credited_return, "
                + "f.fee_sum, f.unplaced_fees, "
                + "case when x.unknown_amounts <> '{}'::jsonb then (select string_agg(key || ' ' || value, ', ') from "
                + "jsonb_each_text(x.unknown_amounts)) end unknown "
                + "from " + lines + " x cross join rules "
                // One walk of the fee components gives both their sum and the types without an account.
                + "cross join lateral (select coalesce(sum(value::numeric), 0) fee_sum, string_agg(key, ', ') filter "
                + "(where not (key = any(rules.fee_types))) unplaced_fees from jsonb_each_text(x.fees)) f), "
                + "m as (select c.*, "
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
                + "else c.return_id end matched_return_id from c) ";
    }

    /** What {@link #withOutcomes} binds first: the shop's adjustment types and fee types that have an account. */
    public static List<Object> ruleParameters(SettlementProperties.Shop shop) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(shop.adjustmentAccounts().keySet().toArray(String[]::new));
        parameters.add(shop.feeAccounts().keySet().toArray(String[]::new));
        return parameters;
    }

    /**
     * Matches again a statement's lines left unmatched (lines stored are matched as they are stored): a fact
     * the order flow delivered since, or an account added to the shop's configuration, places them now.
     *
     * @return how many of the statement's lines are unmatched and unresolved afterwards
     */
    public int matchOpen(String statementId, SettlementProperties.Shop shop) {
        rematch("(select " + RULE_COLUMNS + " from statement_line where shop_id = ? and statement_id = ? and "
                + "match_status = 'UNMATCHED' and resolved_at is null)", shop, shop.shopId(), statementId);
        return jdbc.queryForObject("select count(*) from statement_line where shop_id = ? and statement_id = ? and "
                + "match_status = 'UNMATCHED' and resolved_at is null", Integer.class, shop.shopId(), statementId);
    }

    /** Matches again one order's unmatched lines, in every statement, when the order flow reports on that order. */
    public void matchOrder(String orderId, SettlementProperties.Shop shop) {
        rematch("(select " + RULE_COLUMNS + " from statement_line where shop_id = ? and order_id = ? and "
                + "match_status = 'UNMATCHED' and resolved_at is null)", shop, shop.shopId(), orderId);
    }

    /** Writes each line's outcome only where it differs from what the line has. */
    private void rematch(String lines, SettlementProperties.Shop shop, Object... lineParameters) {
        List<Object> parameters = ruleParameters(shop);
        parameters.addAll(List.of(lineParameters));
        execute(withOutcomes(lines) + "update statement_line l set match_status = m.status, match_reason = m.reason, "
                + "return_id = m.matched_return_id from m where l.transaction_id = m.transaction_id and "
                + "(l.match_status, l.match_reason, l.return_id) is distinct from (m.status, m.reason, "
                + "m.matched_return_id)", parameters);
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

    private int execute(String sql, List<Object> parameters) {
        return jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(connection, statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    /** Binds text, text arrays and (already typed) other values in order. */
    public static void bind(Connection connection, PreparedStatement statement, List<Object> parameters)
            throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof String[] values) {
                statement.setArray(i + 1, connection.createArrayOf("text", values));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }
}
