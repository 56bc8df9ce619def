package io.suitetok.settlement.intake;

import io.suitetok.settlement.config.SettlementProperties;
import io.suitetok.settlement.posting.PayoutDeposits;
import io.suitetok.settlement.posting.SettlementAnnouncements;
import io.suitetok.settlement.posting.StatementPosting;
import io.suitetok.settlement.store.StatementStore;
import io.suitetok.tiktok.http.ShopContext;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round for a shop, on the schedule or on demand: new statements read, matched and posted, payouts read
 * and deposited, and each posted statement announced on settlement.statements.v1. Statements left unposted
 * by a passing NetSuite failure are posted in the next round.
 */
public class SettlementRound {

    private static final Logger log = LoggerFactory.getLogger(SettlementRound.class);
    private static final int POSTINGS_PER_ROUND = 50;

    private final StatementIntake intake;
    private final StatementPosting posting;
    private final PayoutDeposits payouts;
    private final StatementStore statements;
    private final SettlementAnnouncements announcements;
    private final SettlementProperties properties;

    public SettlementRound(StatementIntake intake, StatementPosting posting, PayoutDeposits payouts,
            StatementStore statements, SettlementAnnouncements announcements, SettlementProperties properties) {
        this.intake = intake;
        this.posting = posting;
        this.payouts = payouts;
        this.statements = statements;
        this.announcements = announcements;
        this.properties = properties;
    }

    /** What one round did. */
    public record Outcome(List<String> statementsIngested, int statementsPosted, int payoutsRead, int deposits) {
    }

    public Outcome run(ShopContext shop) {
        List<String> ingested = intake.readNew(shop);
        int posted = 0;
        if (properties.postingEnabled()) {
            for (String statementId : statements.awaitingPosting(POSTINGS_PER_ROUND)) {
                if (posting.post(statementId)) {
                    posted++;
                }
            }
        }
        int read = payouts.read(shop);
        int deposited = properties.postingEnabled() ? payouts.deposit(shop.shopId().value()) : 0;
        for (String statementId : ingested) {
            announcements.statementSettled(statementId);
        }
        log.info("settlement round for shop {}: {} statements ingested, {} posted, {} payouts read, {} deposited",
                shop.shopId(), ingested.size(), posted, read, deposited);
        return new Outcome(ingested, posted, read, deposited);
    }
}
