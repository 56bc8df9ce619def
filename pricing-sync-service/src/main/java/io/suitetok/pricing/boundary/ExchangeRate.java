package io.suitetok.pricing.boundary;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * How many units of {@code to} one unit of {@code from} buys, and where the rate came from
 * (configuration, or NetSuite's currency rate on a date), for the explanation.
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, String source) {

    public ExchangeRate {
        if (rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException("an exchange rate " + from + "→" + to + " must be positive");
        }
    }
}
