package io.suitetok.settlement.posting;

import io.suitetok.model.event.EventCodec;
import io.suitetok.netsuite.gateway.JournalEntryDraft;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.settlement.config.SettlementProperties;
import io.suitetok.settlement.store.StatementStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.suitetok.runtime.metrics.SyncLag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Posts a matched statement to NetSuite as one Journal Entry ({@code TTS-STMT-<shop>-<statementId>}, upserted,
 * so a re-run replaces it and never posts twice) and keeps the GL lines it posted. A data error parks the
 * statement with NetSuite's reasons; a passing failure leaves it for the next round.
 */
public class StatementPosting {

    private static final Logger log = LoggerFactory.getLogger(StatementPosting.class);

    private final JdbcTemplate jdbc;
    private final NetSuiteGateway netsuite;
    private final StatementStore statements;
    private final SettlementProperties properties;
    private final EventCodec codec;
    /** settlement → NetSuite: from TikTok's statement time to the Journal Entry posted. */
    private final SyncLag lag;

    public StatementPosting(JdbcTemplate jdbc, NetSuiteGateway netsuite, StatementStore statements,
            SettlementProperties properties, EventCodec codec, SyncLag lag) {
        this.lag = lag;
        this.jdbc = jdbc;
        this.netsuite = netsuite;
        this.statements = statements;
        this.properties = properties;
        this.codec = codec;
    }

    public static String externalId(String shopId, String statementId) {
        return "TTS-STMT-" + shopId + "-" + statementId;
    }

    /** @return whether the statement is settled (posted, or parked for a person); false to try again later */
    public boolean post(String statementId) {
        StatementStore.Stored stored = statements.find(statementId).orElseThrow();
        SettlementProperties.Shop shop = properties.shop(stored.shopId()).orElse(null);
        if (shop == null) {
            statements.park(statementId, List.of("shop " + stored.shopId() + " has no hub.settlement.shops entry"));
            return true;
        }
        List<StatementJournal.Posting> postings = StatementJournal.postings(sums(statementId), shop);
        if (postings.size() < 2) {
            markPosted(statementId, null, postings, "nothing to post");
            return true;
        }
        java.time.Instant statementTime = jdbc.queryForObject("select statement_time from statement where "
                + "statement_id = ?", java.sql.Timestamp.class, statementId).toInstant();
        LocalDate day = statementTime.atZone(ZoneOffset.UTC).toLocalDate();
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put(properties.bodyFields().source(), "TikTok Shop");
        custom.put(properties.bodyFields().shopId(), shop.shopId());
        custom.put(properties.bodyFields().statementId(), statementId);
        JournalEntryDraft draft = StatementJournal.draft(externalId(shop.shopId(), statementId), shop, day,
                statementId, postings, custom);
        WriteOutcome outcome = netsuite.upsertJournalEntries(List.of(draft)).get(0);
        if (outcome instanceof WriteOutcome.Written written) {
            markPosted(statementId, written.internalId().value(), postings, null);
            lag.acknowledged(statementTime);
            return true;
        }
        WriteOutcome.Rejected rejected = (WriteOutcome.Rejected) outcome;
        if (rejected.retryable()) {
            log.warn("statement {} not posted this time ({}); it is posted at the next round", statementId,
                    rejected.code());
            return false;
        }
        statements.park(statementId, rejected.errors().stream().map(error -> "NetSuite refused the Journal Entry: "
                + error.code() + " " + error.message()).toList());
        return true;
    }

    /** The statement's sums: settlement, revenue, platform discount taken back, each fee type, each adjustment type. */
    StatementJournal.Sums sums(String statementId) {
        Map<String, BigDecimal> totals = jdbc.queryForMap("select coalesce(sum(settlement_amount), 0) settlement, "
                + "coalesce(sum(revenue_amount), 0) revenue, coalesce(sum(platform_discount_refund_amount), 0) "
                + "platform_discount_refund from statement_line where statement_id = ?", statementId)
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        entry -> (BigDecimal) entry.getValue()));
        Map<String, BigDecimal> fees = new LinkedHashMap<>();
        jdbc.query("select f.key, sum(f.value::numeric) from statement_line l, jsonb_each_text(l.fees) f where "
                + "l.statement_id = ? group by f.key order by f.key", rs -> {
                    fees.put(rs.getString(1), rs.getBigDecimal(2));
                }, statementId);
        Map<String, BigDecimal> adjustments = new LinkedHashMap<>();
        jdbc.query("select type, sum(adjustment_amount) from statement_line where statement_id = ? and "
                + "adjustment_amount <> 0 group by type order by type", rs -> {
                    adjustments.put(rs.getString(1), rs.getBigDecimal(2));
                }, statementId);
        return new StatementJournal.Sums(totals.get("settlement"), totals.get("revenue"),
                totals.get("platform_discount_refund"), fees, adjustments);
    }

    private void markPosted(String statementId, String journalEntryId, List<StatementJournal.Posting> postings,
            String note) {
        String currency = jdbc.queryForObject("select currency from statement where statement_id = ?", String.class,
                statementId);
        jdbc.update("delete from gl_posting where statement_id = ?", statementId);
        jdbc.batchUpdate("insert into gl_posting (statement_id, kind, fee_type, account, debit, credit, currency, memo) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", postings, postings.size(), (ps, posting) -> {
                    ps.setString(1, statementId);
                    ps.setString(2, posting.kind());
                    ps.setString(3, posting.type());
                    ps.setString(4, posting.account());
                    ps.setBigDecimal(5, posting.signed().max(BigDecimal.ZERO));
                    ps.setBigDecimal(6, posting.signed().min(BigDecimal.ZERO).negate());
                    ps.setString(7, currency);
                    ps.setString(8, posting.memo());
                });
        jdbc.update("update statement set state = 'POSTED', journal_entry_id = ?, posted_at = now(), reasons = "
                + "?::jsonb where statement_id = ?", journalEntryId, codec.writeText(note == null ? List.of()
                : List.of(note)), statementId);
    }
}
