package io.suitetok.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The named rounding rules of the hub. Each rounds to the currency's minor units (JPY 0, USD 2,
 * KWD 3), so a rule written for dollars stays right for yen and dinars.
 */
public enum MoneyRounding {
    /** Commercial rounding, what NetSuite and TikTok show on documents. */
    HALF_UP(RoundingMode.HALF_UP),
    /** Banker's rounding, for sums of many rounded parts (allocations, fee splits). */
    HALF_EVEN(RoundingMode.HALF_EVEN),
    /** Toward zero, for amounts that must never exceed what was paid (refund caps). */
    DOWN(RoundingMode.DOWN),
    /** Refuses to round: the amount must already fit the currency's minor units. */
    EXACT(RoundingMode.UNNECESSARY);

    private final RoundingMode mode;

    MoneyRounding(RoundingMode mode) {
        this.mode = mode;
    }

    public Money apply(Money money) {
        int minorUnits = Math.max(0, money.currency().getDefaultFractionDigits());
        try {
            BigDecimal rounded = money.amount().setScale(minorUnits, mode);
            return new Money(rounded, money.currency());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    money + " has more decimals than " + money.currency().getCurrencyCode() + " allows", e);
        }
    }
}
