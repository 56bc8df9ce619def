package io.suitetok.settlement.store;

import io.suitetok.model.event.EventCodec;
import io.suitetok.settlement.config.SettlementProperties;
import io.suitetok.settlement.intake.IngestedLine;
import io.suitetok.settlement.matching.LineMatcher;
import io.suitetok.tiktok.model.finance.Statement;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Connection;
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

    /** A line's figures from TikTok: a corrected statement changes these, and only these. */
    private static final String AMOUNT_COLUMNS = "settlement_amount, revenue_amount, fee_amount, adjustment_amount, "
            + "refund_amount, platform_discount_refund_amount";

    private static final String AMOUNTS = AMOUNT_COLUMNS + ", fees, unknown_amounts";

    private static final String PAGE = "(select u.*, null::text return_id from unnest(?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]::jsonb[], ?::text[]::jsonb[], "
            + "?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[]) as u(transaction_id, "
            + "statement_id, shop_id, type, order_id, adjustment_id, adjustment_order_id, currency, fees, "
            + "unknown_amounts, " + AMOUNT_COLUMNS + "))";

    private static final String INSERT_MATCHED = LineMatcher.withOutcomes(PAGE) + "insert into statement_line "
            + "(transaction_id, statement_id, shop_id, type, order_id, adjustment_id, adjustment_order_id, currency, "
            + AMOUNTS + ", match_status, match_reason, return_id) select transaction_id, statement_id, shop_id, type, "
            + "order_id, adjustment_id, adjustment_order_id, currency, " + AMOUNTS + ", status, reason, "
            + "matched_return_id from m on conflict (transaction_id) do update set (" + AMOUNTS + ", match_status, "
            + "match_reason, return_id, resolved_by, resolved_at, resolution_note) = (" + prefixed("excluded", AMOUNTS)
            + ", excluded.match_status, excluded.match_reason, excluded.return_id, null, null, null) where ("
            + prefixed("statement_line", AMOUNTS) + ") is distinct from (" + prefixed("excluded", AMOUNTS) + ")";

    private final JdbcTemplate jdbc;
    private final EventCodec codec;

    public StatementStore(JdbcTemplate jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** Where a stored statement stands: its state and the header it was ingested with. */
    public record Stored(String statementId, String shopId, String state, BigDecimal settlementAmount,
                         String paymentStatus, String paymentId, int lineCount, String journalEntryId,
                         int unmatchedCount) {

        /**
         * Whether TikTok's header calls for reading the lines (again): never read, an ingest cut short, a
         * statement parked before its lines were read (its shop was not configured), or TikTok's totals changed.
         */
        public boolean readAgain(Statement header) {
            BigDecimal now = header.settlementAmount() == null ? BigDecimal.ZERO : header.settlementAmount();
            return INGESTING.equals(state) || (PARKED.equals(state) && lineCount == 0)
                    || settlementAmount.compareTo(now) != 0;
        }
    }

    public Optional<Stored> find(String statementId) {
        return jdbc.query("select statement_id, shop_id, state, settlement_amount, payment_status, payment_id, "
                + "line_count, journal_entry_id, unmatched_count from statement where statement_id = ?", (rs, i) -> new Stored(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getString(8), rs.getInt(9)), statementId).stream().findFirst();
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
     * One page of lines, matched as they are stored (the rules of {@link LineMatcher#withOutcomes}), so a
     * statement is written once. The page goes as one statement of column arrays (unnest): one round trip and
     * one plan per page instead of one per line. A line already stored is left as it is, unless TikTok now
     * gives it other amounts (a corrected statement): then it takes them and is matched again, and a resolution
     * made for the old amounts is cleared (the audit trail keeps it).
     */
    public void insertLines(List<IngestedLine> lines, SettlementProperties.Shop books) {
        int n = lines.size();
        String[][] columns = new String[16][n];
        for (int i = 0; i < n; i++) {
            IngestedLine line = lines.get(i);
            columns[0][i] = line.transactionId();
            columns[1][i] = line.statementId();
            columns[2][i] = line.shopId();
            columns[3][i] = line.type();
            columns[4][i] = line.orderId();
            columns[5][i] = line.adjustmentId();
            columns[6][i] = line.adjustmentOrderId();
            columns[7][i] = line.currency();
            columns[8][i] = codec.writeText(line.fees());
            columns[9][i] = codec.writeText(line.unknownAmounts());
            columns[10][i] = line.settlement().toPlainString();
            columns[11][i] = line.revenue().toPlainString();
            columns[12][i] = line.fee().toPlainString();
            columns[13][i] = line.adjustment().toPlainString();
            columns[14][i] = line.refundAmount().toPlainString();
            columns[15][i] = line.platformDiscountRefund().toPlainString();
        }
        List<Object> parameters = LineMatcher.ruleParameters(books);
        parameters.addAll(List.of((Object[]) columns));
        jdbc.execute((ConnectionCallback<Integer>) connection -> {
            if (!connection.getAutoCommit()) {
                return insert(connection, parameters); // inside the caller's transaction: its commit decides
            }
            connection.setAutoCommit(false);
            try (java.sql.Statement relaxed = connection.createStatement()) {
                // A page lost to a crash before its commit reached disk is read again: the statement is still
                // INGESTING until finish(), whose synchronous commit also flushes every page before it. So the
                // pages need not each wait for the disk.
                relaxed.execute("set local synchronous_commit to off");
                int stored = insert(connection, parameters);
                connection.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    private static int insert(Connection connection, List<Object> parameters) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_MATCHED)) {
            LineMatcher.bind(connection, insert, parameters);
            return insert.executeUpdate();
        }
    }

    private static String prefixed(String table, String columns) {
        return java.util.Arrays.stream(columns.split(", ")).map(column -> table + "." + column)
                .collect(java.util.stream.Collectors.joining(", "));
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

    public void park(String statementId, List<String> reasons) {
        jdbc.update("update statement set state = 'PARKED', reasons = ?::jsonb where statement_id = ?",
                codec.writeText(reasons), statementId);
    }

    /** Statements matched but not posted yet (a passing NetSuite failure, or posting was off). */
    public List<String> awaitingPosting(int limit) {
        return jdbc.queryForList("select statement_id from statement where state = 'INGESTED' order by "
                + "statement_time limit ?", String.class, limit);
    }

    /** Lines still waiting for a person: unmatched and not resolved. */
    public void countUnmatched(String statementId) {
        jdbc.update("update statement set unmatched_count = (select count(*) from statement_line where statement_id = ? "
                + "and match_status = 'UNMATCHED' and resolved_at is null) where statement_id = ?", statementId,
                statementId);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
