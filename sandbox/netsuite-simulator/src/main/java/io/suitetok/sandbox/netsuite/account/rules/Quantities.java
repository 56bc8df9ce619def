package io.suitetok.sandbox.netsuite.account.rules;

import io.suitetok.sandbox.netsuite.account.RecordError;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal helpers for quantities, rates and amounts; never through a double. */
final class Quantities {

    private Quantities() {
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** A line rate is a string in the schema; NetSuite refuses one that is not a number. */
    static BigDecimal rate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new RecordError("INVALID_FLD_VALUE",
                    "You have entered an Invalid Field Value " + text + " for the following field: rate");
        }
    }

    static BigDecimal amount(BigDecimal quantity, BigDecimal rate) {
        return quantity.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    static void requirePositive(BigDecimal quantity, String field) {
        if (quantity == null || quantity.signum() <= 0) {
            throw new RecordError("INVALID_FLD_VALUE",
                    "You have entered an Invalid Field Value " + quantity + " for the following field: " + field);
        }
    }
}
