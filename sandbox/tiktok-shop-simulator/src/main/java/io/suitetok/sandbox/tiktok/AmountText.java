package io.suitetok.sandbox.tiktok;

import io.suitetok.model.money.Money;
import io.suitetok.model.money.MoneyRounding;
import java.math.BigDecimal;

/**
 * Money as TikTok writes it: a decimal string in major units with the currency's minor digits
 * ("12.50", "-3.20"). Rounded once, here, half up, which is how TikTok shows amounts.
 */
public final class AmountText {

    private AmountText() {
    }

    public static String of(BigDecimal amount, String currency) {
        if (amount.scale() == java.util.Currency.getInstance(currency).getDefaultFractionDigits()) {
            return amount.toPlainString(); // already in minor units: nothing to round (the common case, cheaply)
        }
        return round(amount, currency).toPlainString();
    }

    public static BigDecimal round(BigDecimal amount, String currency) {
        return Money.of(amount, currency).rounded(MoneyRounding.HALF_UP).amount();
    }
}
