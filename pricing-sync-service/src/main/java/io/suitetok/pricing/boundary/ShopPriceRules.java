package io.suitetok.pricing.boundary;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * How one TikTok shop shows a price: its currency, whether its prices hold tax, the tax rate to use
 * when an item names none, its price ending, and TikTok's price range for its region.
 *
 * @param defaultTaxRate a fraction: 0.20 for 20 % VAT
 * @param minPrice       the lowest price TikTok accepts in this region (e.g. 0.01 GBP)
 * @param maxPrice       the highest (e.g. 5600 GBP in the UK)
 */
public record ShopPriceRules(Currency currency, TaxDisplay taxDisplay, BigDecimal defaultTaxRate, PriceEnding ending,
        BigDecimal minPrice, BigDecimal maxPrice) {

    public ShopPriceRules {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(taxDisplay, "taxDisplay");
        defaultTaxRate = defaultTaxRate == null ? BigDecimal.ZERO : defaultTaxRate;
        ending = ending == null ? PriceEnding.NONE : ending;
        if (defaultTaxRate.signum() < 0 || defaultTaxRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a tax rate is a fraction between 0 and 1: " + defaultTaxRate);
        }
    }

    /** The currency's minor units: 2 for USD and GBP, 0 for JPY. */
    public int minorUnits() {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }
}
