package io.suitetok.pricing.price;

import io.suitetok.pricing.boundary.ExchangeRate;
import io.suitetok.pricing.config.PricingShopSettings;
import java.util.Currency;
import java.util.Optional;

/** Where a shop's exchange rate comes from: its configured rate, else NetSuite's rate of the day. */
public interface ExchangeRates {

    Optional<ExchangeRate> rate(Currency from, PricingShopSettings shop);

    /** Configured rates only (no NetSuite read). */
    static ExchangeRates configured() {
        return (from, shop) -> Optional.ofNullable(
                io.suitetok.pricing.price.ShopPriceCalculator.configuredRate(from, shop));
    }
}
