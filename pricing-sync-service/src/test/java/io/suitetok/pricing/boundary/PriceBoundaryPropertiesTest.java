package io.suitetok.pricing.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over many generated prices, rates, tax rates and currencies. Each case is drawn from a
 * fixed seed, and a failure names the case, so it can be replayed exactly.
 */
class PriceBoundaryPropertiesTest {

    static final long SEED = 20261204L;
    static final int CASES = 20_000;
    static final List<String> CURRENCIES = List.of("USD", "GBP", "EUR", "SGD", "JPY", "IDR", "VND", "KWD");
    static final List<String> TAX_RATES = List.of("0", "0.05", "0.07", "0.10", "0.19", "0.20", "0.21", "0.23", "0.25",
            "0.0825", "0.0875");

    private final Random random = new Random(SEED);

    private BigDecimal net(int scale) {
        // 0.01 to 100,000.00 (whole units for currencies without minor units), skewed towards shop prices.
        long minor = (long) Math.pow(10, random.nextDouble() * 7);
        return BigDecimal.valueOf(Math.max(1, minor), Math.max(scale, 0));
    }

    private Currency currency() {
        return Currency.getInstance(CURRENCIES.get(random.nextInt(CURRENCIES.size())));
    }

    private BigDecimal taxRate() {
        return new BigDecimal(TAX_RATES.get(random.nextInt(TAX_RATES.size())));
    }

    private BigDecimal exchangeRate() {
        return BigDecimal.valueOf(1 + random.nextInt(2_000_000_000), 4 + random.nextInt(6)); // up to 10 decimals
    }

    @Test
    void taxAddedAtTheBoundaryComesOffAgainToTheCentWhenTheOrderIsBooked() {
        for (int i = 0; i < CASES; i++) {
            Currency currency = currency();
            BigDecimal net = net(currency.getDefaultFractionDigits());
            BigDecimal tax = taxRate();
            ShopPriceRules shop = new ShopPriceRules(currency, TaxDisplay.TAX_INCLUSIVE, tax, PriceEnding.NONE, null, null);

            BoundaryPrice price = PriceBoundary.toTikTok(new SourcePrice(net, currency, false), null, null, shop);
            UnitAmounts booked = PriceBoundary.unitAmounts(price.amount(), TaxDisplay.TAX_INCLUSIVE, tax);

            assertThat(booked.net()).as("case %d: %s %s at %s tax, shown as %s", i, net, currency, tax, price.amount())
                    .isEqualByComparingTo(net);
            assertThat(booked.net().add(booked.tax())).as("case %d", i).isEqualByComparingTo(price.amount());
        }
    }

    @Test
    void aConvertedPriceIsWithinHalfAMinorUnitOfTheExactAmountAndAtTheCurrencysScale() {
        for (int i = 0; i < CASES; i++) {
            Currency from = currency();
            Currency to = currency();
            BigDecimal net = net(from.getDefaultFractionDigits());
            BigDecimal rate = from.equals(to) ? BigDecimal.ONE : exchangeRate();
            BigDecimal tax = taxRate();
            TaxDisplay display = random.nextBoolean() ? TaxDisplay.PRE_TAX : TaxDisplay.TAX_INCLUSIVE;
            ShopPriceRules shop = new ShopPriceRules(to, display, tax, PriceEnding.NONE, null, null);

            BoundaryPrice price = PriceBoundary.toTikTok(new SourcePrice(net, from, false),
                    from.equals(to) ? null : new ExchangeRate(from, to, rate, "generated"), null, shop);

            // Exact, in another order of operations and with no precision limit.
            BigDecimal exact = net.multiply(rate).multiply(display == TaxDisplay.TAX_INCLUSIVE
                    ? BigDecimal.ONE.add(tax) : BigDecimal.ONE);
            int scale = Math.max(to.getDefaultFractionDigits(), 0);
            BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
            String scenario = String.format("case %d: %s %s ×%s →%s %s tax %s", i, net, from, rate, to, display, tax);
            assertThat(price.amount().scale()).as(scenario).isEqualTo(scale);
            assertThat(price.amount().subtract(exact).abs()).as(scenario).isLessThanOrEqualTo(halfUnit);
            assertThat(price.amount()).as(scenario).isEqualByComparingTo(exact.setScale(scale, RoundingMode.HALF_UP));
        }
    }

    @Test
    void aHigherNetSuitePriceNeverShowsLowerOnTikTok() {
        for (int i = 0; i < CASES; i++) {
            Currency currency = Currency.getInstance("GBP");
            BigDecimal a = net(2);
            BigDecimal b = a.add(BigDecimal.valueOf(random.nextInt(5), 2));
            BigDecimal rate = exchangeRate();
            ShopPriceRules shop = new ShopPriceRules(Currency.getInstance("EUR"), TaxDisplay.TAX_INCLUSIVE, taxRate(),
                    random.nextBoolean() ? PriceEnding.of(".99") : PriceEnding.NONE, null, null);
            ExchangeRate fx = new ExchangeRate(currency, shop.currency(), rate, "generated");

            BigDecimal priceA = PriceBoundary.toTikTok(new SourcePrice(a, currency, false), fx, null, shop).amount();
            BigDecimal priceB = PriceBoundary.toTikTok(new SourcePrice(b, currency, false), fx, null, shop).amount();

            assertThat(priceB).as("case %d: %s then %s at %s", i, a, b, rate).isGreaterThanOrEqualTo(priceA);
        }
    }

    @Test
    void anEndingIsAlwaysTheConfiguredFractionAndNoFurtherThanHalfAUnitAway() {
        PriceEnding ending = PriceEnding.of(".99");
        for (int i = 0; i < CASES; i++) {
            BigDecimal net = net(2).add(BigDecimal.ONE);
            ShopPriceRules plain = new ShopPriceRules(Currency.getInstance("USD"), TaxDisplay.PRE_TAX, null,
                    PriceEnding.NONE, null, null);
            ShopPriceRules charm = new ShopPriceRules(Currency.getInstance("USD"), TaxDisplay.PRE_TAX, null, ending,
                    null, null);

            BigDecimal rounded = PriceBoundary.toTikTok(new SourcePrice(net, plain.currency(), false), null, null, plain)
                    .amount();
            BigDecimal ended = PriceBoundary.toTikTok(new SourcePrice(net, charm.currency(), false), null, null, charm)
                    .amount();

            assertThat(ended.remainder(BigDecimal.ONE)).as("case %d: %s", i, net).isEqualByComparingTo("0.99");
            assertThat(ended.subtract(rounded).abs()).as("case %d: %s", i, net).isLessThanOrEqualTo(new BigDecimal("0.50"));
        }
    }
}
