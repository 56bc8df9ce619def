package io.suitetok.pricing.promotion;

import io.suitetok.model.money.Money;
import io.suitetok.model.money.MoneyRounding;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The activity price of one SKU: the SKU's shop price (already the boundary rule's, in the shop's
 * currency and tax convention) less the shop discount, rounded once, half up, to the currency's minor
 * units. No price ending: a promotion price is what the promotion says, to the cent. The activity is
 * FIXED_PRICE, so TikTok shows exactly this amount rather than rounding a percentage its own way.
 */
public final class ActivityPriceRule {

    private static final MathContext FULL = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ActivityPriceRule() {
    }

    public static ActivityPrice apply(BigDecimal shopPrice, Currency currency, ShopDiscount discount) {
        List<String> steps = new ArrayList<>();
        steps.add("shop price " + shopPrice.toPlainString() + " " + currency.getCurrencyCode());
        BigDecimal value;
        if (discount.percentOff() != null) {
            BigDecimal share = BigDecimal.ONE.subtract(discount.percentOff().divide(HUNDRED, FULL));
            value = shopPrice.multiply(share, FULL);
            steps.add("× (1 − " + discount.percentOff().stripTrailingZeros().toPlainString() + " %) = "
                    + value.stripTrailingZeros().toPlainString());
        } else {
            steps.addAll(discount.steps());
            value = shopPrice.subtract(discount.amountOff(), FULL);
            steps.add("− " + discount.amountOff().stripTrailingZeros().toPlainString() + " = "
                    + value.stripTrailingZeros().toPlainString());
        }
        BigDecimal rounded = MoneyRounding.HALF_UP.apply(new Money(value, currency)).amount();
        steps.add("rounded half up to " + Math.max(currency.getDefaultFractionDigits(), 0) + " decimals = "
                + rounded.toPlainString() + " (no price ending on a promotion price)");
        return new ActivityPrice(rounded, steps);
    }
}
