package io.suitetok.sandbox.netsuite.seed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Pricing set up or changed "in NetSuite" ({@code POST /sim/pricing}, JSON, or from Java), as a user
 * would in the UI: each change stamps the record's last-modified time, so the hub's next read by
 * modification date sees it. Every list may be left out.
 *
 * @param priceMatrices replace named items' whole pricing matrices (quantity breaks included)
 * @param schedules     add price schedules (no {@code id}) or change existing ones (their {@code id})
 * @param promotions    add promotion codes (no {@code id}) or change existing ones
 * @param currencyRates add exchange rates, each effective from its date
 */
public record PricingChange(List<PriceMatrix> priceMatrices, List<Schedule> schedules, List<Promotion> promotions,
                            List<CurrencyRate> currencyRates) {

    public PricingChange {
        priceMatrices = orEmpty(priceMatrices);
        schedules = orEmpty(schedules);
        promotions = orEmpty(promotions);
        currencyRates = orEmpty(currencyRates);
    }

    public static PricingChange matrices(PriceMatrix... matrices) {
        return new PricingChange(List.of(matrices), null, null, null);
    }

    public static PricingChange schedules(Schedule... schedules) {
        return new PricingChange(null, List.of(schedules), null, null);
    }

    public static PricingChange promotions(Promotion... promotions) {
        return new PricingChange(null, null, List.of(promotions), null);
    }

    public static PricingChange rates(CurrencyRate... rates) {
        return new PricingChange(null, null, null, List.of(rates));
    }

    /** An item's whole matrix; {@code pricesIncludeTax} absent keeps the item's flag. */
    public record PriceMatrix(String item, Boolean pricesIncludeTax, List<Cell> prices) {

        public PriceMatrix {
            prices = orEmpty(prices);
        }
    }

    /** One price: quantity 0 (or absent) is the single-unit price, higher quantities are breaks. */
    public record Cell(String priceLevel, String currency, BigDecimal quantity, BigDecimal price) {
    }

    /** One {@code customrecord_suitetok_price_schedule}; {@code effectiveTo} absent is open-ended. */
    public record Schedule(String id, String item, String priceLevel, String currency, BigDecimal price,
                           Instant effectiveFrom, Instant effectiveTo, Boolean inactive) {
    }

    /**
     * A promotion code. {@code kind} is {@code PERCENT_OFF} ({@code discount} a percent) or
     * {@code AMOUNT_OFF} ({@code discount} an amount in {@code currency}); no {@code items} is a
     * whole-order promotion.
     */
    public record Promotion(String id, String code, String name, String kind, BigDecimal discount, String currency,
                            Instant start, Instant end, List<String> items, Boolean inactive) {

        public Promotion {
            items = orEmpty(items);
        }
    }

    /** {@code rate} units of {@code baseCurrency} for one unit of {@code fromCurrency}, from {@code effectiveDate}. */
    public record CurrencyRate(String baseCurrency, String fromCurrency, BigDecimal rate, LocalDate effectiveDate) {
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
