package io.suitetok.sandbox.netsuite.account;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.accounting_2025_2.Price;
import com.netsuite.webservices.lists.accounting_2025_2.PriceList;
import com.netsuite.webservices.lists.accounting_2025_2.Pricing;
import com.netsuite.webservices.lists.accounting_2025_2.PricingMatrix;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import io.suitetok.netsuite.wire.RecordRefs;
import io.suitetok.sandbox.netsuite.seed.PricingChange;
import io.suitetok.sandbox.netsuite.seed.PricingResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets pricing up or changes it as a user would in NetSuite's UI: item price matrices, price schedules,
 * promotion codes and exchange rates. Every change stamps the record's last-modified time from the
 * account clock (an item's lastModifiedDate, a schedule's lastModified), which is what the hub's reads
 * by modification date rest on. A change that names an unknown record or breaks a rule the custom
 * record's user event script enforces is refused whole, before anything is stored.
 */
final class PricingAdmin {

    private final AccountState state;

    PricingAdmin(AccountState state) {
        this.state = state;
    }

    PricingResult apply(PricingChange change) {
        change.priceMatrices().forEach(this::checkMatrix);
        List<PriceScheduleEntry> pending = new ArrayList<>();
        change.schedules().forEach(schedule -> pending.add(checkSchedule(schedule, pending)));
        change.promotions().forEach(this::checkPromotion);
        change.currencyRates().forEach(this::checkRate);

        change.priceMatrices().forEach(this::replaceMatrix);
        List<String> schedules = new ArrayList<>();
        change.schedules().forEach(schedule -> schedules.add(putSchedule(schedule)));
        List<String> promotions = new ArrayList<>();
        change.promotions().forEach(promotion -> promotions.add(putPromotion(promotion)));
        change.currencyRates().forEach(rate -> state.pricing.add(new ExchangeRateEntry(rate.baseCurrency(),
                rate.fromCurrency(), rate.rate(), rate.effectiveDate())));
        return new PricingResult(schedules, promotions);
    }

    // ---- item matrices ------------------------------------------------------------------------------

    private void checkMatrix(PricingChange.PriceMatrix matrix) {
        item(matrix.item());
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (PricingChange.Cell cell : matrix.prices()) {
            priceLevel(cell.priceLevel());
            currency(cell.currency());
            nonNegative("price", cell.price());
            nonNegative("quantity", cell.quantity() == null ? BigDecimal.ZERO : cell.quantity());
            String key = cell.priceLevel() + "/" + cell.currency() + "/" + quantity(cell).stripTrailingZeros();
            if (seen.put(key, true) != null) {
                throw new IllegalArgumentException("item " + matrix.item() + " has two prices for level "
                        + cell.priceLevel() + ", currency " + cell.currency() + " from quantity " + quantity(cell));
            }
        }
    }

    /** The whole matrix is replaced, as NetSuite's pricingMatrix replaceAll="true" does. */
    private void replaceMatrix(PricingChange.PriceMatrix change) {
        InventoryItem item = item(change.item());
        Map<String, Pricing> rows = new LinkedHashMap<>();
        for (PricingChange.Cell cell : change.prices()) {
            Pricing row = rows.computeIfAbsent(cell.currency() + "/" + cell.priceLevel(), key -> {
                Pricing pricing = new Pricing();
                pricing.setCurrency(RecordRefs.internal(cell.currency()));
                pricing.setPriceLevel(RecordRefs.internal(cell.priceLevel()));
                pricing.setPriceList(new PriceList());
                return pricing;
            });
            Price price = new Price();
            price.setValue(cell.price());
            price.setQuantity(quantity(cell));
            row.getPriceList().getPrice().add(price);
        }
        rows.values().forEach(row -> row.getPriceList().getPrice()
                .sort(java.util.Comparator.comparing(Price::getQuantity)));
        PricingMatrix matrix = new PricingMatrix();
        matrix.getPricing().addAll(rows.values());
        item.setPricingMatrix(matrix);
        if (change.pricesIncludeTax() != null) {
            item.setPricesIncludeTax(change.pricesIncludeTax());
        }
        item.setLastModifiedDate(state.clock.now());
    }

    private static BigDecimal quantity(PricingChange.Cell cell) {
        return cell.quantity() == null ? BigDecimal.ZERO : cell.quantity();
    }

    // ---- price schedules ----------------------------------------------------------------------------

    /** Returns the schedule as it would be stored (id of a new one unknown yet), for the overlap check. */
    private PriceScheduleEntry checkSchedule(PricingChange.Schedule change, List<PriceScheduleEntry> pending) {
        PriceScheduleEntry current = change.id() == null ? null : state.pricing.schedule(change.id())
                .orElseThrow(() -> new IllegalArgumentException("no price schedule " + change.id()));
        String item = pick(change.item(), current == null ? null : current.item());
        String level = pick(change.priceLevel(), current == null ? null : current.priceLevel());
        String currency = pick(change.currency(), current == null ? null : current.currency());
        BigDecimal price = pick(change.price(), current == null ? null : current.price());
        OffsetDateTime from = change.effectiveFrom() != null ? utc(change.effectiveFrom())
                : current == null ? null : current.effectiveFrom();
        if (item == null || level == null || currency == null || price == null || from == null) {
            throw new IllegalArgumentException("a price schedule needs item, priceLevel, currency, price and"
                    + " effectiveFrom");
        }
        item(item);
        priceLevel(level);
        currency(currency);
        nonNegative("price", price);
        OffsetDateTime to = change.effectiveTo() != null ? utc(change.effectiveTo())
                : current == null ? null : current.effectiveTo();
        if (to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("effectiveFrom " + from + " is not before effectiveTo " + to);
        }
        boolean inactive = change.inactive() != null ? change.inactive() : current != null && current.inactive();
        PriceScheduleEntry next = new PriceScheduleEntry(change.id(), item, level, currency, price, from, to, inactive,
                null, null);
        if (!inactive) {
            List<PriceScheduleEntry> others = new ArrayList<>(state.pricing.schedules());
            others.addAll(pending);
            others.stream().filter(other -> !other.inactive() && (other.id() == null || !other.id().equals(change.id())))
                    .filter(other -> other.item().equals(item) && other.priceLevel().equals(level)
                            && other.currency().equals(currency))
                    .filter(other -> overlap(other, next))
                    .findFirst()
                    .ifPresent(other -> {
                        throw new IllegalArgumentException("the schedule overlaps active schedule "
                                + (other.id() == null ? "earlier in this change" : other.id()) + " for item " + item
                                + ", price level " + level + ", currency " + currency);
                    });
        }
        return next;
    }

    /** Intervals are [from, to); a missing end is open. */
    private static boolean overlap(PriceScheduleEntry a, PriceScheduleEntry b) {
        boolean aEndsFirst = a.effectiveTo() != null && !a.effectiveTo().isAfter(b.effectiveFrom());
        boolean bEndsFirst = b.effectiveTo() != null && !b.effectiveTo().isAfter(a.effectiveFrom());
        return !aEndsFirst && !bEndsFirst;
    }

    /** Fields left out of a change keep their values; a new schedule is stamped created and modified now. */
    private String putSchedule(PricingChange.Schedule change) {
        OffsetDateTime now = state.clock.now();
        PriceScheduleEntry current = change.id() == null ? null : state.pricing.schedule(change.id()).orElseThrow();
        String id = current != null ? current.id() : state.records.nextInternalId();
        PriceScheduleEntry next = new PriceScheduleEntry(id,
                pick(change.item(), current == null ? null : current.item()),
                pick(change.priceLevel(), current == null ? null : current.priceLevel()),
                pick(change.currency(), current == null ? null : current.currency()),
                pick(change.price(), current == null ? null : current.price()),
                change.effectiveFrom() != null ? utc(change.effectiveFrom()) : current.effectiveFrom(),
                change.effectiveTo() != null ? utc(change.effectiveTo()) : current == null ? null : current.effectiveTo(),
                change.inactive() != null ? change.inactive() : current != null && current.inactive(),
                current == null ? now : current.created(), now);
        state.pricing.put(next);
        return id;
    }

    // ---- promotions ---------------------------------------------------------------------------------

    private void checkPromotion(PricingChange.Promotion change) {
        PromotionEntry current = change.id() == null ? null : state.pricing.promotion(change.id())
                .orElseThrow(() -> new IllegalArgumentException("no promotion " + change.id()));
        if (current == null && (change.code() == null || change.kind() == null || change.discount() == null)) {
            throw new IllegalArgumentException("a promotion needs code, kind and discount");
        }
        if (change.kind() != null && !List.of("PERCENT_OFF", "AMOUNT_OFF").contains(change.kind())) {
            throw new IllegalArgumentException("kind is PERCENT_OFF or AMOUNT_OFF, not " + change.kind());
        }
        if (change.discount() != null) {
            nonNegative("discount", change.discount());
        }
        if (change.currency() != null) {
            currency(change.currency());
        }
        change.items().forEach(this::item);
        Instant start = change.start();
        Instant end = change.end();
        if (start != null && end != null && !start.isBefore(end)) {
            throw new IllegalArgumentException("start " + start + " is not before end " + end);
        }
    }

    private String putPromotion(PricingChange.Promotion change) {
        PromotionEntry current = change.id() == null ? null : state.pricing.promotion(change.id()).orElseThrow();
        String id = current != null ? current.id() : state.records.nextInternalId();
        boolean percent = change.kind() != null ? "PERCENT_OFF".equals(change.kind()) : current.percentOff();
        PromotionEntry next = new PromotionEntry(id, pick(change.code(), current == null ? null : current.code()),
                pick(change.name(), current == null ? null : current.name()), percent,
                pick(change.discount(), current == null ? null : current.discount()),
                pick(change.currency(), current == null ? null : current.currency()),
                change.start() != null ? utc(change.start()) : current == null ? null : current.start(),
                change.end() != null ? utc(change.end()) : current == null ? null : current.end(),
                !change.items().isEmpty() || current == null ? change.items() : current.items(),
                change.inactive() != null ? change.inactive() : current != null && current.inactive(),
                state.clock.now());
        state.pricing.put(next);
        return id;
    }

    // ---- exchange rates -----------------------------------------------------------------------------

    private void checkRate(PricingChange.CurrencyRate rate) {
        currency(rate.baseCurrency());
        currency(rate.fromCurrency());
        if (rate.rate() == null || rate.rate().signum() <= 0 || rate.effectiveDate() == null) {
            throw new IllegalArgumentException("an exchange rate needs a positive rate and an effectiveDate");
        }
    }

    // ---- references ---------------------------------------------------------------------------------

    private InventoryItem item(String internalId) {
        return (InventoryItem) state.records.byInternalId(RecordType.INVENTORY_ITEM, internalId)
                .orElseThrow(() -> new IllegalArgumentException("no inventory item " + internalId));
    }

    private void priceLevel(String internalId) {
        state.records.byInternalId(RecordType.PRICE_LEVEL, internalId)
                .orElseThrow(() -> new IllegalArgumentException("no price level " + internalId));
    }

    private void currency(String internalId) {
        if (internalId == null || (!state.currencies.isEmpty() && !state.currencies.contains(internalId))) {
            throw new IllegalArgumentException("no currency " + internalId);
        }
    }

    private static void nonNegative(String field, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException(field + " must be zero or more, not " + value);
        }
    }

    private static <T> T pick(T changed, T current) {
        return changed != null ? changed : current;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
