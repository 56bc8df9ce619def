package io.suitetok.pricing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The README's worked examples, step by step. */
class PriceBoundaryTest {

    static final Currency USD = Currency.getInstance("USD");
    static final Currency GBP = Currency.getInstance("GBP");
    static final ShopPriceRules US = new ShopPriceRules(USD, TaxDisplay.PRE_TAX, BigDecimal.ZERO, PriceEnding.NONE,
            new BigDecimal("0.01"), new BigDecimal("100000"));
    static final ShopPriceRules UK = new ShopPriceRules(GBP, TaxDisplay.TAX_INCLUSIVE, new BigDecimal("0.20"),
            PriceEnding.NONE, new BigDecimal("0.01"), new BigDecimal("5600"));
    static final ExchangeRate USD_GBP = new ExchangeRate(USD, GBP, new BigDecimal("0.7865"), "NetSuite 2026-12-04");

    @Test
    void aUsShopShowsTheNetSuitePriceAsItIs() {
        BoundaryPrice price = PriceBoundary.toTikTok(new SourcePrice(new BigDecimal("24.00"), USD, false), null, null, US);

        assertThat(price.wireAmount()).isEqualTo("24.00");
        assertThat(price.steps()).containsExactly("NetSuite 24.00 USD (net of tax)",
                "rounded half up to 2 decimals = 24.00");
    }

    @Test
    void aUkShopFromAUsdPriceLevelIsConvertedThenGetsVatThenIsRoundedOnce() {
        BoundaryPrice price = PriceBoundary.toTikTok(new SourcePrice(new BigDecimal("24.00"), USD, false), USD_GBP, null,
                UK);

        // 24.00 × 0.7865 = 18.876 → × 1.20 = 22.6512 → 22.65. Rounding the conversion first (18.88) would
        // give 22.656 → 22.66: the 1p drift this rule exists to prevent.
        assertThat(price.wireAmount()).isEqualTo("22.65");
        assertThat(price.steps()).containsExactly("NetSuite 24.00 USD (net of tax)",
                "× 0.7865 USD→GBP (NetSuite 2026-12-04) = 18.876",
                "+ 20 % tax (the shop shows prices with tax) = 22.6512",
                "rounded half up to 2 decimals = 22.65");
    }

    @Test
    void aPriceEndingMovesToTheNearestAmountWithIt() {
        ShopPriceRules charm = new ShopPriceRules(GBP, TaxDisplay.TAX_INCLUSIVE, new BigDecimal("0.20"),
                PriceEnding.of(".99"), null, null);

        assertThat(PriceBoundary.toTikTok(new SourcePrice(new BigDecimal("24.00"), USD, false), USD_GBP, null, charm)
                .wireAmount()).isEqualTo("22.99");
        assertThat(PriceBoundary.toTikTok(new SourcePrice(new BigDecimal("10.20"), GBP, false), null, null, charm)
                .wireAmount()).isEqualTo("11.99"); // 12.24 is nearer 11.99 than 12.99
        assertThat(PriceBoundary.toTikTok(new SourcePrice(new BigDecimal("0.10"), GBP, false), null, null, charm)
                .wireAmount()).isEqualTo("0.99"); // never below the first ending
    }

    @Test
    void anItemsOwnTaxRateWinsOverTheShopsDefault() {
        BoundaryPrice childrensClothes = PriceBoundary.toTikTok(new SourcePrice(new BigDecimal("8.50"), GBP, false),
                null, BigDecimal.ZERO, UK);

        assertThat(childrensClothes.wireAmount()).isEqualTo("8.50");
    }

    @Test
    void aTaxInclusiveNetSuitePriceLosesItsTaxInAPreTaxShop() {
        ShopPriceRules usFromGross = new ShopPriceRules(USD, TaxDisplay.PRE_TAX, new BigDecimal("0.0825"),
                PriceEnding.NONE, null, null);

        BoundaryPrice price = PriceBoundary.toTikTok(new SourcePrice(new BigDecimal("21.65"), USD, true), null, null,
                usFromGross);

        assertThat(price.wireAmount()).isEqualTo("20.00"); // 21.65 / 1.0825 = 19.99999…
    }

    @Test
    void aUnitSoldInAUkShopSplitsIntoNetAndVatThatAddUpToThePrice() {
        UnitAmounts unit = PriceBoundary.unitAmounts(new BigDecimal("22.65"), TaxDisplay.TAX_INCLUSIVE,
                new BigDecimal("0.20"));

        assertThat(unit.net()).isEqualByComparingTo("18.88");
        assertThat(unit.tax()).isEqualByComparingTo("3.77");
        assertThat(unit.net().add(unit.tax())).isEqualByComparingTo(unit.gross());
    }

    @Test
    void aShopInAnotherCurrencyWithoutARateIsRefusedNotGuessed() {
        assertThatThrownBy(() -> PriceBoundary.toTikTok(new SourcePrice(BigDecimal.TEN, USD, false), null, null, UK))
                .hasMessageContaining("no exchange rate USD→GBP");
    }

    @Test
    void tikToksRulesAreCheckedBeforeAnyCall() {
        BoundaryPrice tooDear = new BoundaryPrice(new BigDecimal("5600.01"), GBP, java.util.List.of());
        BoundaryPrice fine = new BoundaryPrice(new BigDecimal("12.00"), GBP, java.util.List.of());

        assertThat(TikTokPriceChecks.refusal(tooDear, UK)).hasValueSatisfying(
                reason -> assertThat(reason).contains("highest price in this region is 5600 GBP"));
        assertThat(TikTokPriceChecks.refusal(fine, US)).hasValueSatisfying(
                reason -> assertThat(reason).contains("in GBP but the shop sells in USD"));
        assertThat(TikTokPriceChecks.refusal(fine, UK)).isEmpty();
    }
}
