package io.suitetok.pricing.config;

import io.suitetok.pricing.boundary.PriceEnding;
import io.suitetok.pricing.boundary.ShopPriceRules;
import io.suitetok.pricing.boundary.TaxDisplay;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Currency;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One TikTok shop's prices: which NetSuite price level feeds it (the shop's customer group), in which
 * NetSuite currency, and how the shop shows a price.
 *
 * @param priceLevel     NetSuite price level internal id (e.g. 1 for Base Price, or a marketplace level)
 * @param sourceCurrency NetSuite currency internal id of the price level's prices to read
 * @param currency       the shop's ISO currency (USD, GBP, EUR)
 * @param exchangeRate   a fixed rate from the source currency to the shop's; empty to read NetSuite's
 * @param defaultTaxRate a fraction (0.20); the tax added for a tax-inclusive shop
 * @param ending         a price ending such as .99, or empty
 * @param minPrice       TikTok's lowest price in the shop's region
 * @param maxPrice       TikTok's highest price in the shop's region
 */
public record PricingShopSettings(
        @NotBlank String shopId,
        @NotBlank String priceLevel,
        @NotBlank String sourceCurrency,
        @NotNull Currency currency,
        @NotNull TaxDisplay taxDisplay,
        BigDecimal exchangeRate,
        @DefaultValue("0") BigDecimal defaultTaxRate,
        @DefaultValue("") String ending,
        @DefaultValue("0.01") BigDecimal minPrice,
        BigDecimal maxPrice) {

    public ShopPriceRules rules() {
        return new ShopPriceRules(currency, taxDisplay, defaultTaxRate, PriceEnding.of(ending), minPrice, maxPrice);
    }
}
