package io.suitetok.localstack;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.accounting_2025_2.Price;
import com.netsuite.webservices.lists.accounting_2025_2.Pricing;
import io.suitetok.localstack.NetSuiteEstate.SellableItem;
import io.suitetok.localstack.PricedShops.PricedShop;
import io.suitetok.pricing.boundary.ExchangeRate;
import io.suitetok.pricing.boundary.PriceBoundary;
import io.suitetok.pricing.boundary.SourcePrice;
import io.suitetok.sandbox.netsuite.account.SimulatedAccount;
import io.suitetok.sandbox.netsuite.seed.PricingChange;
import io.suitetok.sandbox.tiktok.control.ControlViews.SkuState;
import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import io.suitetok.sandbox.tiktok.promotions.ActivityView;
import io.suitetok.sandbox.tiktok.promotions.BuyerPrice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "TikTok price equals the boundary rule, to the cent": every listed SKU's price on TikTok is what
 * {@link PriceBoundary} makes of what NetSuite holds now (the schedule in effect, else the matrix's Base
 * Price in dollars; NetSuite's rate of the day; the shop's tax convention), recomputed here from NetSuite's
 * records, not read from the service. And the day's effective-dated price switched on TikTok, and back,
 * within a second of its instants (TikTok's price history).
 */
final class PriceInvariant {

    /**
     * Whether NetSuite promotions become TikTok promotion activities yet. Off until that work is merged:
     * the day already creates its promotion in NetSuite, and with this on the invariant also checks the
     * promoted SKUs' buyer price during the promotion and its start and end on TikTok.
     */
    static final boolean PROMOTIONS_ON_TIKTOK = true;

    /** How far from its instant a price may switch on TikTok. */
    static final Duration CUTOVER_TOLERANCE = Duration.ofSeconds(1);

    private final SimulatorControl tiktok;
    private final SimulatedAccount netsuite;

    PriceInvariant(SimulatorControl tiktok, SimulatedAccount netsuite) {
        this.tiktok = tiktok;
        this.netsuite = netsuite;
    }

    /**
     * @param skews where each switch's distance from its instant is written, for the report
     */
    Invariants.Result check(NetSuiteEstate.Estate estate, PriceChanges.Made changes, List<String> skews) {
        List<String> mismatches = new ArrayList<>();
        Instant now = Instant.now();
        NetSuitePrices held = new NetSuitePrices(netsuite, now);
        int checked = 0;
        for (PricedShop shop : PricedShops.SHOPS) {
            Set<String> listed = tiktok.stock(shop.shopId()).stream().map(SkuState::sellerSku).collect(Collectors.toSet());
            for (SellableItem item : estate.sellable()) {
                if (!listed.contains(item.sellerSku())) {
                    continue; // not listed in this shop (parked): the report lists it with its reason
                }
                checked++;
                String where = item.sellerSku() + " in shop " + shop.shopId();
                try {
                    BigDecimal expected = boundary(held.unitPrice(item.internalId()), held, item, shop);
                    BuyerPrice shown = tiktok.buyerPrice(shop.shopId(), item.sellerSku());
                    if (shown.skuPrice().compareTo(expected) != 0) {
                        mismatches.add(where + ": TikTok shows " + shown.skuPrice() + " " + shown.currency()
                                + ", the rule gives " + expected + " (" + held.why(item.internalId()) + ")");
                    } else if (PROMOTIONS_ON_TIKTOK && shown.amount().compareTo(buyerPrice(shown, expected, shop)) != 0) {
                        mismatches.add(where + ": buyers pay " + shown.amount() + (shown.activityId() == null
                                ? " outside any promotion" : " in activity " + shown.activityId()) + ", not "
                                + buyerPrice(shown, expected, shop));
                    }
                } catch (RuntimeException e) {
                    mismatches.add(where + ": cannot be checked: " + e.getMessage());
                }
            }
        }
        if (changes != null) {
            checkCutover(changes.schedule(), held, mismatches, skews);
            if (PROMOTIONS_ON_TIKTOK) {
                checkPromotion(changes.promotion(), held, mismatches, skews);
            }
        }
        return new Invariants.Result("TikTok price equals the boundary rule", "TikTok's SKU price = PriceBoundary("
                + "NetSuite's schedule in effect, else its Base Price USD; rate of the day; shop tax), to the cent; "
                + "the effective-dated price switched on and off within " + CUTOVER_TOLERANCE.toMillis() + " ms"
                + (PROMOTIONS_ON_TIKTOK ? "; the promotion's buyer price from its start, its end as planned" : ""), checked, mismatches);
    }

    /** Both instants of the schedule, in every shop: the scheduled price at {@code from}, the matrix's at {@code to}. */
    private void checkCutover(PriceChanges.Scheduled schedule, NetSuitePrices held, List<String> mismatches,
            List<String> skews) {
        SellableItem item = schedule.item();
        for (PricedShop shop : PricedShops.SHOPS) {
            String where = "schedule " + schedule.id() + " on " + item.sellerSku() + " in shop " + shop.shopId();
            List<BuyerPrice> history = tiktok.priceHistory(shop.shopId(), item.sellerSku());
            BigDecimal scheduled = boundary(schedule.price(), held, item, shop);
            BigDecimal matrix = boundary(held.matrixUnitPrice(item.internalId()), held, item, shop);
            Optional<Integer> on = firstFrom(history, schedule.from());
            if (on.isEmpty()) {
                mismatches.add(where + ": TikTok's price never changed after " + schedule.from());
                continue;
            }
            BuyerPrice switched = history.get(on.get());
            expectSwitch(where + ", start", switched, scheduled, schedule.from(), mismatches, skews);
            if (on.get() + 1 >= history.size()) {
                mismatches.add(where + ": TikTok's price did not switch back at " + schedule.to());
            } else {
                expectSwitch(where + ", end", history.get(on.get() + 1), matrix, schedule.to(), mismatches, skews);
            }
        }
    }

    /** With promotions on TikTok: the buyer price during the promotion, switched on and off on time. */
    private void checkPromotion(PriceChanges.Promoted promotion, NetSuitePrices held, List<String> mismatches,
            List<String> skews) {
        for (SellableItem item : promotion.items()) {
            for (PricedShop shop : PricedShops.SHOPS) {
                String where = "promotion " + promotion.code() + " on " + item.sellerSku() + " in shop " + shop.shopId();
                List<BuyerPrice> history = tiktok.priceHistory(shop.shopId(), item.sellerSku());
                Optional<Integer> on = firstFrom(history, promotion.start());
                BigDecimal regular = boundary(held.matrixUnitPrice(item.internalId()), held, item, shop);
                BigDecimal promoted = percentOff(regular, promotion.percentOff(), shop);
                if (on.isEmpty() || history.get(on.get()).activityId() == null) {
                    mismatches.add(where + ": no promotion activity on TikTok from " + promotion.start());
                    continue;
                }
                BuyerPrice started = history.get(on.get());
                expectSwitch(where + ", start", started, promoted, promotion.start(), mismatches, skews);
                Optional<Instant> plannedEnd = tiktok.activities(shop.shopId()).stream()
                        .filter(activity -> activity.id().equals(started.activityId())).map(ActivityView::end).findFirst();
                if (!plannedEnd.equals(Optional.of(promotion.end()))) {
                    mismatches.add(where + ": TikTok's activity ends " + plannedEnd.orElse(null) + ", NetSuite's "
                            + "promotion at " + promotion.end());
                }
            }
        }
    }

    /** What a buyer should pay: the SKU price, or the day's percentage off it inside a promotion activity. */
    private static BigDecimal buyerPrice(BuyerPrice shown, BigDecimal skuPrice, PricedShop shop) {
        return shown.activityId() == null ? skuPrice : percentOff(skuPrice, PriceChanges.PROMOTION_PERCENT_OFF, shop);
    }

    /**
     * What buyers pay under a percent-off promotion: the shop's regular price less the percentage, half up
     * to the currency's minor units: the hub's FIXED_PRICE activity price (pricing-sync-service README,
     * "Promotions").
     */
    private static BigDecimal percentOff(BigDecimal regular, BigDecimal percent, PricedShop shop) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        return regular.multiply(hundred.subtract(percent)).divide(hundred, shop.rules().minorUnits(),
                RoundingMode.HALF_UP);
    }

    private static void expectSwitch(String where, BuyerPrice seen, BigDecimal amount, Instant at,
            List<String> mismatches, List<String> skews) {
        Duration skew = Duration.between(at, seen.since());
        skews.add(String.format("%s %+d ms", where, skew.toMillis()));
        if (seen.amount().compareTo(amount) != 0) {
            mismatches.add(where + ": TikTok switched to " + seen.amount() + " at " + seen.since() + ", the rule gives "
                    + amount);
        } else if (skew.abs().compareTo(CUTOVER_TOLERANCE) >= 0) {
            mismatches.add(where + ": switched at " + seen.since() + ", " + skew.toMillis() + " ms from " + at);
        }
    }

    /** The first price that took effect no earlier than the tolerance before {@code at}. */
    private static Optional<Integer> firstFrom(List<BuyerPrice> history, Instant at) {
        Instant earliest = at.minus(CUTOVER_TOLERANCE);
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).since() != null && !history.get(i).since().isBefore(earliest)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static BigDecimal boundary(BigDecimal netsuitePrice, NetSuitePrices held, SellableItem item,
            PricedShop shop) {
        ExchangeRate rate = shop.currency().equals(PricedShops.SOURCE_ISO) ? null : held.rateTo(shop);
        return PriceBoundary.toTikTok(new SourcePrice(netsuitePrice, PricedShops.SOURCE_ISO,
                held.includesTax(item.internalId())), rate, null, shop.rules()).amount();
    }

    /** What NetSuite holds now for the shops' price level and currency: matrices, schedules, rates. */
    private static final class NetSuitePrices {

        private final Map<String, InventoryItem> items = new HashMap<>();
        private final PricingChange pricing;
        private final Instant now;

        NetSuitePrices(SimulatedAccount netsuite, Instant now) {
            netsuite.records(InventoryItem.class).forEach(item -> items.put(item.getInternalId(), item));
            this.pricing = netsuite.pricing();
            this.now = now;
        }

        boolean includesTax(String itemId) {
            return Boolean.TRUE.equals(item(itemId).isPricesIncludeTax());
        }

        /** The schedule in effect now, else the matrix's unit price. */
        BigDecimal unitPrice(String itemId) {
            return scheduleInEffect(itemId).map(PricingChange.Schedule::price).orElseGet(() -> matrixUnitPrice(itemId));
        }

        String why(String itemId) {
            return scheduleInEffect(itemId).map(schedule -> "schedule " + schedule.id() + " " + schedule.price())
                    .orElseGet(() -> "matrix " + matrixUnitPrice(itemId)) + " USD";
        }

        BigDecimal matrixUnitPrice(String itemId) {
            InventoryItem item = item(itemId);
            if (item.getPricingMatrix() != null) {
                for (Pricing row : item.getPricingMatrix().getPricing()) {
                    if (row.getPriceLevel() != null && PricedShops.PRICE_LEVEL.equals(row.getPriceLevel().getInternalId())
                            && row.getCurrency() != null
                            && PricedShops.SOURCE_CURRENCY.equals(row.getCurrency().getInternalId())) {
                        for (Price price : row.getPriceList().getPrice()) {
                            if (price.getQuantity() == null || price.getQuantity().compareTo(BigDecimal.ONE) <= 0) {
                                return price.getValue();
                            }
                        }
                    }
                }
            }
            throw new IllegalStateException("item " + itemId + " has no Base Price in USD in NetSuite");
        }

        private Optional<PricingChange.Schedule> scheduleInEffect(String itemId) {
            return pricing.schedules().stream()
                    .filter(schedule -> schedule.item().equals(itemId) && !Boolean.TRUE.equals(schedule.inactive()))
                    .filter(schedule -> schedule.priceLevel().equals(PricedShops.PRICE_LEVEL)
                            && schedule.currency().equals(PricedShops.SOURCE_CURRENCY))
                    .filter(schedule -> !schedule.effectiveFrom().isAfter(now)
                            && (schedule.effectiveTo() == null || schedule.effectiveTo().isAfter(now)))
                    .findFirst();
        }

        /** NetSuite's newest rate from dollars into the shop's currency, effective today. */
        ExchangeRate rateTo(PricedShop shop) {
            String base = shop.currency().getCurrencyCode().equals("GBP") ? NetSuiteEstate.GBP : NetSuiteEstate.USD;
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            return pricing.currencyRates().stream()
                    .filter(rate -> rate.baseCurrency().equals(base)
                            && rate.fromCurrency().equals(PricedShops.SOURCE_CURRENCY)
                            && !rate.effectiveDate().isAfter(today))
                    .max(Comparator.comparing(PricingChange.CurrencyRate::effectiveDate))
                    .map(rate -> new ExchangeRate(PricedShops.SOURCE_ISO, shop.currency(), rate.rate(),
                            "NetSuite's rate of " + rate.effectiveDate()))
                    .orElseThrow(() -> new IllegalStateException("NetSuite has no rate USD→" + shop.currency()));
        }

        private InventoryItem item(String itemId) {
            InventoryItem item = items.get(itemId);
            if (item == null) {
                throw new IllegalStateException("NetSuite has no item " + itemId);
            }
            return item;
        }
    }
}
