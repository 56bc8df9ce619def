package io.suitetok.model.money;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the decimal strings both systems send ({@code "12.5"}, {@code "-30"}, {@code "0.000"}).
 * Exponents, grouping separators and NaN are refused: they never appear in a real payload, and
 * accepting them would hide a mapping bug.
 */
public final class DecimalText {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private DecimalText() {
    }

    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("amount is required");
        }
        String trimmed = text.trim();
        if (!PLAIN_DECIMAL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a plain decimal amount");
        }
        return new BigDecimal(trimmed);
    }
}
