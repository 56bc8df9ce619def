package io.suitetok.orders.mapping;

import io.suitetok.model.money.Money;
import io.suitetok.model.money.MoneyRounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a line's amount over its units in the currency's minor units, so that the rates add up to
 * the amount exactly: 10.00 over 3 units is 3.34, 3.33, 3.33, never 3.33 × 3 = 9.99.
 */
public final class UnitRates {

    private UnitRates() {
    }

    public static List<Money> of(Money total, int units) {
        int scale = Math.max(0, total.currency().getDefaultFractionDigits());
        Money exact = total.rounded(MoneyRounding.HALF_EVEN);
        BigDecimal base = exact.amount().divide(BigDecimal.valueOf(units), scale, RoundingMode.DOWN);
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(scale);
        int extra = exact.amount().subtract(base.multiply(BigDecimal.valueOf(units))).divide(minorUnit).intValueExact();
        List<Money> rates = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
            rates.add(new Money(i < extra ? base.add(minorUnit) : base, total.currency()));
        }
        return rates;
    }
}
