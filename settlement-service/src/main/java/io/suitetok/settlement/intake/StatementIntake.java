package io.suitetok.settlement.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.suitetok.runtime.watermark.WatermarkStore;
import io.suitetok.settlement.config.SettlementProperties;
import io.suitetok.settlement.matching.LineMatcher;
import io.suitetok.settlement.store.StatementStore;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.finance.Statement;
import io.suitetok.tiktok.model.finance.StatementPage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a shop's statements since the watermark (TikTok's statement_time, less an overlap for a day TikTok
 * closes late) and ingests each one not seen in this form before: every transaction, page by page, matched
 * and stored as it comes and never held whole in memory (the next pages are read while one is stored, see
 * {@link StatementPagesAhead}). A statement seen before with the same totals
 * only has its payment status brought up to date, so a re-run adds nothing.
 */
public class StatementIntake {

    private static final Logger log = LoggerFactory.getLogger(StatementIntake.class);

    private final TikTokShopClient tiktok;
    private final StatementStore statements;
    private final LineMatcher matcher;
    private final WatermarkStore watermarks;
    private final SettlementProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Timer storing;
    private final Timer matching;

    public StatementIntake(TikTokShopClient tiktok, StatementStore statements, LineMatcher matcher,
            WatermarkStore watermarks, SettlementProperties properties, Clock clock, MeterRegistry meters) {
        this.tiktok = tiktok;
        this.statements = statements;
        this.matcher = matcher;
        this.watermarks = watermarks;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.storing = meters.timer("settlement.ingest.store");
        this.matching = meters.timer("settlement.ingest.match");
    }

    /**
     * @return the ids of the statements ingested (new or changed) in this read, and of those whose payment moved on
     *         (PROCESSING to PAID, say): each is announced again, so the order journey learns of the payout
     */
    public List<String> readNew(ShopContext shop) {
        Instant until = clock.instant();
        Instant since = watermarks.readUntil(watermarkName(shop)).map(mark -> mark.minus(properties.overlap()))
                .orElse(until.minus(properties.firstLookback()));
        List<String> ingested = new ArrayList<>();
        String token = null;
        do {
            StatementPage page = tiktok.finance().statements(shop, since.getEpochSecond(),
                    until.plus(Duration.ofDays(1)).getEpochSecond(), token);
            for (Statement statement : page.statements() == null ? List.<Statement>of() : page.statements()) {
                if (ingest(shop, statement)) {
                    ingested.add(statement.id());
                }
            }
            token = page.hasMore() ? page.nextPageToken() : null;
        } while (token != null);
        watermarks.advance(watermarkName(shop), until);
        return ingested;
    }

    /**
     * One statement: skipped when stored with the same totals (its payment status is updated, and lines left
     * unmatched are matched again in case the order flow or the shop's accounts have caught up), else every line
     * is read, matched as it is stored, and the lines' sum checked against the header.
     *
     * @return whether the statement was (re)ingested or its payment changed
     */
    public boolean ingest(ShopContext shop, Statement header) {
        String shopId = shop.shopId().value();
        SettlementProperties.Shop books = properties.shop(shopId).orElse(null);
        var stored = statements.find(header.id());
        if (stored.isPresent() && !stored.get().readAgain(header)) {
            if (books != null && stored.get().unmatchedCount() > 0) {
                matcher.matchOpen(header.id(), books);
                statements.countUnmatched(header.id());
            }
            if (!Objects.equals(stored.get().paymentStatus(), header.paymentStatus())
                    || !Objects.equals(stored.get().paymentId(), header.paymentId())) {
                statements.updatePayment(header);
                return true;
            }
            return false;
        }
        statements.begin(shopId, header);
        if (books == null) {
            // Its lines are read once the shop is configured: until then the statement waits, visible, with why.
            statements.park(header.id(), List.of("shop " + shopId + " has no hub.settlement.shops entry"));
            return true;
        }
        long lines = 0;
        try (StatementPagesAhead pages = new StatementPagesAhead(tiktok, shop, header, properties.pageSize(), meters)) {
            for (List<IngestedLine> batch = pages.next(); batch != null; batch = pages.next()) {
                if (!batch.isEmpty()) {
                    long started = System.nanoTime();
                    statements.insertLines(batch, books);
                    storing.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
                    lines += batch.size();
                }
            }
        }
        boolean addsUp = statements.finish(header.id());
        long started = System.nanoTime();
        int unmatched = matcher.matchOpen(header.id(), books);
        matching.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        statements.countUnmatched(header.id());
        log.info("statement {} of shop {}: {} lines, {} unmatched{}", header.id(), shopId, lines, unmatched,
                addsUp ? "" : "; its lines do not add up to its header (parked)");
        return true;
    }

    static String watermarkName(ShopContext shop) {
        return "tiktok-statements:" + shop.shopId().value();
    }

    private static java.math.BigDecimal orZero(java.math.BigDecimal value) {
        return value == null ? java.math.BigDecimal.ZERO : value;
    }
}
