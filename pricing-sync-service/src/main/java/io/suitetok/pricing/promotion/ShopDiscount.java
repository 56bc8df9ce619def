package io.suitetok.pricing.promotion;

import java.math.BigDecimal;
import java.util.List;

/**
 * A NetSuite promotion's discount as it applies in one shop, before any rounding: a percentage off, or
 * an amount off already in the shop's currency and tax convention (kept at full precision so the
 * activity price is rounded once).
 *
 * @param percentOff  15 for 15 % off; null for an amount off
 * @param amountOff   the amount off in the shop's currency and display tax; null for a percentage off
 * @param steps       how the amount was brought to the shop, for the explanation
 */
public record ShopDiscount(BigDecimal percentOff, BigDecimal amountOff, List<String> steps) {

    public ShopDiscount {
        if ((percentOff == null) == (amountOff == null)) {
            throw new IllegalArgumentException("a shop discount is either a percentage or an amount off");
        }
        steps = List.copyOf(steps);
    }

    public static ShopDiscount percent(BigDecimal percentOff) {
        return new ShopDiscount(percentOff, null, List.of(percentOff.stripTrailingZeros().toPlainString() + " % off"));
    }

    public static ShopDiscount amount(BigDecimal amountOff, List<String> steps) {
        return new ShopDiscount(null, amountOff, steps);
    }
}
