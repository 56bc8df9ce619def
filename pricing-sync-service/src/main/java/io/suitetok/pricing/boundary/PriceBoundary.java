package io.suitetok.pricing.boundary;

import io.suitetok.model.money.Money;
import io.suitetok.model.money.MoneyRounding;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule that turns a NetSuite price into the price a TikTok shop shows: convert the currency,
 * add (or take out) the tax the shop's display convention wants, then round once, half up, to the
 * currency's minor units, then apply the shop's price ending. Every step before the rounding keeps
 * full precision, so a price is never rounded twice (the source of 1p drift).
 */
public final class PriceBoundary {

    /** 34 significant digits: far beyond any price times any rate, so only the final rounding rounds. */
    private static final MathContext FULL = MathContext.DECIMAL128;

    private PriceBoundary() {
    }

    /**
     * @param rate    the exchange rate when the shop's currency differs from the source's, else null
     * @param taxRate the item's tax rate as a fraction, or null for the shop's default
     */
    public static BoundaryPrice toTikTok(SourcePrice source, ExchangeRate rate, BigDecimal taxRate, ShopPriceRules shop) {
        List<String> steps = new ArrayList<>();
        steps.add("NetSuite " + source.amount().toPlainString() + " " + source.currency().getCurrencyCode()
                + (source.includesTax() ? " (tax included)" : " (net of tax)"));
        BigDecimal value = source.amount();
        if (!source.currency().equals(shop.currency())) {
            if (rate == null || !rate.from().equals(source.currency()) || !rate.to().equals(shop.currency())) {
                throw new IllegalArgumentException("no exchange rate " + source.currency() + "→" + shop.currency());
            }
            value = value.multiply(rate.rate(), FULL);
            steps.add("× " + rate.rate().toPlainString() + " " + rate.from() + "→" + rate.to() + " (" + rate.source()
                    + ") = " + value.stripTrailingZeros().toPlainString());
        }
        BigDecimal tax = taxRate != null ? taxRate : shop.defaultTaxRate();
        BigDecimal onePlusTax = BigDecimal.ONE.add(tax);
        if (!source.includesTax() && shop.taxDisplay() == TaxDisplay.TAX_INCLUSIVE) {
            value = value.multiply(onePlusTax, FULL);
            steps.add("+ " + percent(tax) + " tax (the shop shows prices with tax) = "
                    + value.stripTrailingZeros().toPlainString());
        } else if (source.includesTax() && shop.taxDisplay() == TaxDisplay.PRE_TAX) {
            value = value.divide(onePlusTax, FULL);
            steps.add("− " + percent(tax) + " tax (the shop shows prices before tax) = "
                    + value.stripTrailingZeros().toPlainString());
        }
        BigDecimal rounded = MoneyRounding.HALF_UP.apply(new Money(value, shop.currency())).amount();
        steps.add("rounded half up to " + shop.minorUnits() + " decimals = " + rounded.toPlainString());
        BigDecimal ended = shop.ending().apply(rounded);
        if (!shop.ending().isNone()) {
            steps.add("nearest price ending in " + shop.ending() + " = " + ended.toPlainString());
        }
        return new BoundaryPrice(ended, shop.currency(), steps);
    }

    /**
     * What NetSuite books for one unit sold at a TikTok price: in a shop that shows prices with tax,
     * the net is the price less its tax rounded once and the tax is the rest, so net + tax is the price
     * to the cent; in a pre-tax shop the price is the net and tax comes on top at checkout.
     */
    public static UnitAmounts unitAmounts(BigDecimal tiktokPrice, TaxDisplay display, BigDecimal taxRate) {
        if (display == TaxDisplay.PRE_TAX) {
            return new UnitAmounts(tiktokPrice, tiktokPrice, BigDecimal.ZERO.setScale(tiktokPrice.scale()));
        }
        BigDecimal net = tiktokPrice.divide(BigDecimal.ONE.add(taxRate), FULL)
                .setScale(tiktokPrice.scale(), RoundingMode.HALF_UP);
        return new UnitAmounts(tiktokPrice, net, tiktokPrice.subtract(net));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }
}
