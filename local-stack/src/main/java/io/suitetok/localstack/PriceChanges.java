package io.suitetok.localstack;

import io.suitetok.localstack.NetSuiteEstate.SellableItem;
import io.suitetok.sandbox.netsuite.account.SimulatedAccount;
import io.suitetok.sandbox.netsuite.seed.PricingChange;
import io.suitetok.sandbox.netsuite.seed.PricingResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The merchant's pricing work during the day, done in NetSuite as finance would: a few items repriced
 * (their pricing matrices saved again), one effective-dated price that starts a few seconds ahead and
 * ends a few seconds later, and a percent-off promotion on a couple of items, starting during the day and
 * running 11 minutes (TikTok's shortest activity is 10). Each touches different items, so one change never hides another.
 */
final class PriceChanges {

    private static final List<BigDecimal> REPRICE_FACTORS = List.of(new BigDecimal("1.10"), new BigDecimal("0.95"),
            new BigDecimal("1.05"));
    /** Time for the service's 2 s poll to read the schedule and prepare it before its instant. */
    private static final Duration SCHEDULE_LEAD = Duration.ofSeconds(8);
    private static final Duration SCHEDULE_LENGTH = Duration.ofSeconds(8);
    private static final BigDecimal SCHEDULE_FACTOR = new BigDecimal("0.80");
    private static final Duration PROMOTION_LEAD = Duration.ofSeconds(20);
    private static final Duration PROMOTION_LENGTH = Duration.ofMinutes(11);
    static final BigDecimal PROMOTION_PERCENT_OFF = new BigDecimal("15");
    private static final int PROMOTED_ITEMS = 2;

    /** An item whose Base Price in dollars finance changed during the day. */
    record Repriced(SellableItem item, BigDecimal before, BigDecimal after) {
    }

    /** The effective-dated price: NetSuite schedule {@code id}, Base Price in dollars, for [from, to). */
    record Scheduled(String id, SellableItem item, BigDecimal price, Instant from, Instant to) {
    }

    /** The NetSuite promotion: {@code percentOff} off the promoted items' price from start to end. */
    record Promoted(String id, String code, List<SellableItem> items, BigDecimal percentOff, Instant start,
            Instant end) {
    }

    /** What the day changed, for the price invariant and the report. */
    record Made(List<Repriced> repriced, Scheduled schedule, Promoted promotion) {

        /**
         * When the day's changes can be checked: the schedule has ended and the promotion has begun. The
         * promotion runs on (TikTok's shortest activity is 10 minutes), so its end is checked as TikTok
         * has it planned, not waited for.
         */
        Instant over() {
            Instant promotionBegun = promotion.start().plusSeconds(2);
            return schedule.to().isAfter(promotionBegun) ? schedule.to() : promotionBegun;
        }
    }

    private final SimulatedAccount netsuite;
    private final Random random;

    PriceChanges(SimulatedAccount netsuite, long seed) {
        this.netsuite = netsuite;
        this.random = new Random(seed ^ 0x9E1CE5L);
    }

    /** The rate finance keeps in NetSuite, effective a week ago: the rate of the day for the whole day. */
    static void seedRateOfTheDay(SimulatedAccount netsuite) {
        netsuite.changePricing(PricingChange.rates(new PricingChange.CurrencyRate(NetSuiteEstate.GBP, NetSuiteEstate.USD,
                PricedShops.USD_TO_GBP, LocalDate.now(ZoneOffset.UTC).minusDays(7))));
    }

    /**
     * @param candidates items listed in every shop and not sold as a pre-order; at least six
     */
    Made make(List<SellableItem> candidates) {
        int needed = REPRICE_FACTORS.size() + 1 + PROMOTED_ITEMS;
        if (candidates.size() < needed) {
            throw new IllegalStateException("the day's price changes need " + needed + " listed items, found "
                    + candidates.size());
        }
        List<SellableItem> picked = new ArrayList<>(candidates);
        Collections.shuffle(picked, random);
        List<Repriced> repriced = reprice(picked.subList(0, REPRICE_FACTORS.size()));
        Scheduled schedule = schedule(picked.get(REPRICE_FACTORS.size()));
        Promoted promotion = promote(picked.subList(REPRICE_FACTORS.size() + 1, needed));
        return new Made(repriced, schedule, promotion);
    }

    /** The whole matrix is saved again (NetSuite replaces it), with only the dollar prices changed. */
    private List<Repriced> reprice(List<SellableItem> items) {
        List<Repriced> repriced = new ArrayList<>();
        List<PricingChange.PriceMatrix> matrices = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SellableItem item = items.get(i);
            BigDecimal after = item.usdPrice().multiply(REPRICE_FACTORS.get(i)).setScale(2, RoundingMode.HALF_UP);
            List<PricingChange.Cell> cells = NetSuiteEstate.prices(after, item.gbpPrice()).stream()
                    .map(price -> new PricingChange.Cell(price.priceLevel(), price.currency(), BigDecimal.ZERO,
                            price.price())).toList();
            matrices.add(new PricingChange.PriceMatrix(item.internalId(), null, cells));
            repriced.add(new Repriced(item, item.usdPrice(), after));
        }
        netsuite.changePricing(new PricingChange(matrices, null, null, null));
        return repriced;
    }

    private Scheduled schedule(SellableItem item) {
        // Whole seconds, as finance would type them.
        Instant from = Instant.now().plus(SCHEDULE_LEAD).truncatedTo(ChronoUnit.SECONDS);
        Instant to = from.plus(SCHEDULE_LENGTH);
        BigDecimal price = item.usdPrice().multiply(SCHEDULE_FACTOR).setScale(2, RoundingMode.HALF_UP);
        PricingResult result = netsuite.changePricing(PricingChange.schedules(new PricingChange.Schedule(null,
                item.internalId(), PricedShops.PRICE_LEVEL, PricedShops.SOURCE_CURRENCY, price, from, to, null)));
        return new Scheduled(result.schedules().get(0), item, price, from, to);
    }

    private Promoted promote(List<SellableItem> items) {
        Instant start = Instant.now().plus(PROMOTION_LEAD).truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(PROMOTION_LENGTH);
        String code = "TTS-FLASH-" + (1000 + random.nextInt(9000));
        PricingResult result = netsuite.changePricing(PricingChange.promotions(new PricingChange.Promotion(null, code,
                "TikTok flash sale", "PERCENT_OFF", PROMOTION_PERCENT_OFF, null, start, end,
                items.stream().map(SellableItem::internalId).toList(), null)));
        return new Promoted(result.promotions().get(0), code, List.copyOf(items), PROMOTION_PERCENT_OFF, start, end);
    }
}
