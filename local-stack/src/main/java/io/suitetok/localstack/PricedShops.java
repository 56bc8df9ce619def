package io.suitetok.localstack;

import io.suitetok.pricing.boundary.PriceEnding;
import io.suitetok.pricing.boundary.ShopPriceRules;
import io.suitetok.pricing.boundary.TaxDisplay;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * How the stack's two shops are priced, in one place: pricing-sync-service is configured from it and the
 * price invariant recomputes every TikTok price from it, so the two cannot drift apart. Both shops are
 * fed by NetSuite's Base Price level in US dollars; the UK shop converts at NetSuite's rate of the day.
 */
final class PricedShops {

    /** NetSuite's rate of the day the estate seeds: one US dollar buys this many pounds. */
    static final BigDecimal USD_TO_GBP = new BigDecimal("0.7865");

    /**
     * @param taxRate  the fraction a tax-inclusive shop adds to NetSuite's net price
     * @param maxPrice TikTok's highest price in the shop's region
     */
    record PricedShop(String shopId, Currency currency, TaxDisplay taxDisplay, BigDecimal taxRate,
            BigDecimal maxPrice) {

        ShopPriceRules rules() {
            return new ShopPriceRules(currency, taxDisplay, taxRate, PriceEnding.NONE, new BigDecimal("0.01"), maxPrice);
        }
    }

    static final List<PricedShop> SHOPS = List.of(
            new PricedShop(ShopDirectory.US_SHOP_ID, Currency.getInstance("USD"), TaxDisplay.PRE_TAX, BigDecimal.ZERO,
                    new BigDecimal("7600")),
            new PricedShop(ShopDirectory.UK_SHOP_ID, Currency.getInstance("GBP"), TaxDisplay.TAX_INCLUSIVE,
                    new BigDecimal("0.20"), new BigDecimal("5600")));

    /** The price level and NetSuite currency every shop's prices are read from. */
    static final String PRICE_LEVEL = NetSuiteEstate.BASE_PRICE;
    static final String SOURCE_CURRENCY = NetSuiteEstate.USD;
    static final Currency SOURCE_ISO = Currency.getInstance("USD");

    private PricedShops() {
    }
}
