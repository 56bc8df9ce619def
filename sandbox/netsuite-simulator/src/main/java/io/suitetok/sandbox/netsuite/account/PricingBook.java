package io.suitetok.sandbox.netsuite.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The account's pricing that lives outside item records: price schedules, promotion codes and exchange
 * rates, in the simulator's own types, by internal id. Only touched under the account's lock.
 */
final class PricingBook {

    /** The internal id the custom record type customrecord_suitetok_price_schedule has in this account. */
    static final String PRICE_SCHEDULE_TYPE_ID = "412";

    private final Map<Long, PriceScheduleEntry> schedules = new TreeMap<>();
    private final Map<Long, PromotionEntry> promotions = new TreeMap<>();
    private final List<ExchangeRateEntry> rates = new ArrayList<>();

    void put(PriceScheduleEntry schedule) {
        schedules.put(Long.parseLong(schedule.id()), schedule);
    }

    void put(PromotionEntry promotion) {
        promotions.put(Long.parseLong(promotion.id()), promotion);
    }

    void add(ExchangeRateEntry rate) {
        // A second rate for the same pair and day replaces the first, as editing the table would.
        rates.removeIf(existing -> existing.baseCurrency().equals(rate.baseCurrency())
                && existing.fromCurrency().equals(rate.fromCurrency())
                && existing.effectiveDate().equals(rate.effectiveDate()));
        rates.add(rate);
    }

    Optional<PriceScheduleEntry> schedule(String id) {
        return Optional.ofNullable(schedules.get(Long.parseLong(id)));
    }

    Optional<PromotionEntry> promotion(String id) {
        return Optional.ofNullable(promotions.get(Long.parseLong(id)));
    }

    /** In internal id order. */
    List<PriceScheduleEntry> schedules() {
        return List.copyOf(schedules.values());
    }

    /** In internal id order. */
    List<PromotionEntry> promotions() {
        return List.copyOf(promotions.values());
    }

    List<ExchangeRateEntry> rates() {
        return List.copyOf(rates);
    }

    void clear() {
        schedules.clear();
        promotions.clear();
        rates.clear();
    }
}
