package io.suitetok.settlement.store;

import io.suitetok.model.event.EventCodec;
import io.suitetok.settlement.intake.IngestedLine;
import io.suitetok.tiktok.model.finance.Statement;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Statements and their lines as ingested (JdbcTemplate: a statement may have a million lines, written in
 * batches, never held in memory). Lines are keyed by TikTok's transaction id, so re-reading a statement
 * adds nothing twice and keeps what finance resolved.
 */
@Repository
public class StatementStore {

    public static final String INGESTING = "INGESTING";
    public static final String INGESTED = "INGESTED";
    public static final String POSTED = "POSTED";
    public static final String PARKED = "PARKED";

    private final JdbcTemplate jdbc;
    private final EventCodec codec;

    public StatementStore(JdbcTemplate jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** Where a stored statement stands: its state and the header it was ingested with. */
    public record Stored(String statementId, String shopId, String state, BigDecimal settlementAmount,
                         String paymentStatus, String paymentId, int lineCount, String journalEntryId) {
    }

    public Optional<Stored> find(String statementId) {
        return jdbc.query("select statement_id, shop_id, state, settlement_amount, payment_status, payment_id, "
                + "line_count, journal_entry_id from statement where statement_id = ?", (rs, i) -> new Stored(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getString(8)), statementId).stream().findFirst();
    }

    /** Starts (or restarts) ingesting a statement with TikTok's header; lines already stored stay. */
    public void begin(String shopId, Statement header) {
        jdbc.update("insert into statement (statement_id, shop_id, statement_time, currency, settlement_amount, "
                + "revenue_amount, fee_amount, adjustment_amount, payment_status, payment_id, state) values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'INGESTING') on conflict (statement_id) do update set "
                + "settlement_amount = excluded.settlement_amount, revenue_amount = excluded.revenue_amount, "
                + "fee_amount = excluded.fee_amount, adjustment_amount = excluded.adjustment_amount, "
                + "payment_status = excluded.payment_status, payment_id = excluded.payment_id, state = 'INGESTING', "
                + "reasons = '[]', ingested_at = now()",
                header.id(), shopId, Timestamp.from(Instant.ofEpochSecond(header.statementTime())), header.currency(),
                orZero(header.settlementAmount()), orZero(header.revenueAmount()), orZero(header.feeAmount()),
                orZero(header.adjustmentAmount()), header.paymentStatus(), header.paymentId());
    }

    /** A statement already posted whose payment moved on (PROCESSING to PAID, say): only the payment changes. */
    public void updatePayment(Statement header) {
        jdbc.update("update statement set payment_status = ?, payment_id = ? where statement_id = ?",
                header.paymentStatus(), header.paymentId(), header.id());
    }

    /**
     * One batch of lines; a line already stored (same transaction id) is left as it is. The batch goes as one
     * statement of column arrays (unnest): one round trip and one plan per page instead of one per line.
     */
    public void insertLines(List<IngestedLine> lines) {
        int n = lines.size();
        String[][] text = new String[10][n];
        String[][] amounts = new String[5][n];
        for (int i = 0; i < n; i++) {
            IngestedLine line = lines.get(i);
            text[0][i] = line.transactionId();
            text[1][i] = line.statementId();
            text[2][i] = line.shopId();
            text[3][i] = line.type();
            text[4][i] = line.orderId();
            text[5][i] = line.adjustmentId();
            text[6][i] = line.adjustmentOrderId();
            text[7][i] = line.currency();
            text[8][i] = codec.writeText(line.fees());
            text[9][i] = codec.writeText(line.unknownAmounts());
            amounts[0][i] = line.settlement().toPlainString();
            amounts[1][i] = line.revenue().toPlainString();
            amounts[2][i] = line.fee().toPlainString();
            amounts[3][i] = line.adjustment().toPlainString();
            amounts[4][i] = line.refundAmount().toPlainString();
        }
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into statement_line (transaction_id, "
                    + "statement_id, shop_id, type, order_id, adjustment_id, adjustment_order_id, currency, fees, "
                    + "unknown_amounts, settlement_amount, revenue_amount, fee_amount, adjustment_amount, refund_amount) "
                    + "select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
                    + "?::text[], ?::text[]::jsonb[], ?::text[]::jsonb[], ?::numeric[], ?::numeric[], ?::numeric[], "
                    + "?::numeric[], ?::numeric[]) on conflict (transaction_id) do nothing")) {
                int parameter = 1;
                for (String[] column : text) {
                    insert.setArray(parameter++, connection.createArrayOf("text", column));
                }
                for (String[] column : amounts) {
                    insert.setArray(parameter++, connection.createArrayOf("text", column));
                }
                return insert.executeUpdate();
            }
        });
    }

    /**
     * Ends the ingest: the lines' count and sum are stored beside TikTok's header. A statement whose lines
     * do not add up to its header is parked with both figures.
     *
     * @return whether the lines add up
     */
    public boolean finish(String statementId) {
        jdbc.update("update statement s set line_count = l.n, lines_settlement = l.total, state = 'INGESTED' from "
                + "(select count(*) n, coalesce(sum(settlement_amount), 0) total from statement_line where "
                + "statement_id = ?) l where s.statement_id = ?", statementId, statementId);
        Boolean adds = jdbc.queryForObject("select lines_settlement = settlement_amount from statement where "
                + "statement_id = ?", Boolean.class, statementId);
        if (!Boolean.TRUE.equals(adds)) {
            park(statementId, List.of("the lines add up to " + jdbc.queryForObject("select lines_settlement from "
                    + "statement where statement_id = ?", BigDecimal.class, statementId).toPlainString()
                    + " but TikTok's statement says " + jdbc.queryForObject("select settlement_amount from statement "
                    + "where statement_id = ?", BigDecimal.class, statementId).toPlainString()));
            return false;
        }
        return true;
    }

    /**
     * Brings the planner's picture of statement_line up to date. A large statement arrives within a minute,
     * long before autovacuum's next look; matching it against statistics of the table without it plans for a
     * handful of lines (a nested loop over a million).
     */
    public void refreshLineStatistics() {
        jdbc.execute("analyze statement_line");
    }

    public void park(String statementId, List<String> reasons) {
        jdbc.update("update statement set state = 'PARKED', reasons = ?::jsonb where statement_id = ?",
                codec.writeText(reasons), statementId);
    }

    /** Statements matched but not posted yet (a passing NetSuite failure, or posting was off). */
    public List<String> awaitingPosting(int limit) {
        return jdbc.queryForList("select statement_id from statement where state = 'INGESTED' order by "
                + "statement_time limit ?", String.class, limit);
    }

    public void countUnmatched(String statementId) {
        jdbc.update("update statement set unmatched_count = (select count(*) from statement_line where statement_id = ? "
                + "and match_status = 'UNMATCHED') where statement_id = ?", statementId, statementId);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
