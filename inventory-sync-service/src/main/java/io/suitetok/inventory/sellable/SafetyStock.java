package io.suitetok.inventory.sellable;

import java.util.Locale;

/**
 * Units held back from TikTok: a fixed number ({@code "5"}) or a share of the stock counted
 * ({@code "10%"}), rounded up so that a share never holds back less than it says.
 */
public record SafetyStock(long units, int percent) {

    public static final SafetyStock NONE = new SafetyStock(0, 0);

    public SafetyStock {
        if (units < 0 || percent < 0 || percent > 100) {
            throw new IllegalArgumentException("safety stock must be 0 or more units, or 0 to 100 %");
        }
        if (units > 0 && percent > 0) {
            throw new IllegalArgumentException("safety stock is either units or a percentage, not both");
        }
    }

    /** Reads configuration text: {@code 5} is five units, {@code 10%} ten percent; blank is none. */
    public static SafetyStock parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (trimmed.endsWith("%")) {
                return new SafetyStock(0, Integer.parseInt(trimmed.substring(0, trimmed.length() - 1).trim()));
            }
            return new SafetyStock(Long.parseLong(trimmed), 0);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("safety stock '" + text + "' is neither units (5) nor a percentage (10%)",
                    e);
        }
    }

    /** The units held back out of {@code counted} units of stock. */
    public long unitsOf(long counted) {
        if (percent == 0) {
            return units;
        }
        return Math.max(0, (Math.max(0, counted) * percent + 99) / 100);
    }

    @Override
    public String toString() {
        return percent > 0 ? percent + "%" : Long.toString(units);
    }
}
