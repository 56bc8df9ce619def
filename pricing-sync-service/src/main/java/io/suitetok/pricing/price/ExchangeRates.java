package io.suitetok.pricing.price;

import io.suitetok.pricing.boundary.ExchangeRate;
import io.suitetok.pricing.config.PricingShopSettings;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/** Where a shop's exchange rate comes from: its configured rate, else NetSuite's rate of the day. */
public interface ExchangeRates {

    /**
     * @param day the UTC day the price takes effect: NetSuite keeps one rate per day
     */
    Optional<ExchangeRate> rate(Currency from, PricingShopSettings shop, LocalDate day);

    /** Configured rates only (no NetSuite read). */
    static ExchangeRates configured() {
        return (from, shop, day) -> Optional.ofNullable(ShopPriceCalculator.configuredRate(from, shop));
    }
}
