package io.suitetok.pricing.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A price ending such as {@code .99}: after rounding, the price moves to the nearest amount with that
 * fraction (ties go up), never below one whole unit's ending (0.99 stays the floor for .99).
 *
 * @param fraction the ending as a fraction of one unit, e.g. 0.99; null for no ending
 */
public record PriceEnding(BigDecimal fraction) {

    public static final PriceEnding NONE = new PriceEnding(null);

    public PriceEnding {
        if (fraction != null && (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) >= 0)) {
            throw new IllegalArgumentException("a price ending is a fraction of one unit, from 0 up to but not 1: "
                    + fraction.toPlainString());
        }
    }

    /** Parses configuration such as {@code .99}, {@code 0.95} or an empty value for none. */
    public static PriceEnding of(String ending) {
        return ending == null || ending.isBlank() ? NONE : new PriceEnding(new BigDecimal(ending.strip()));
    }

    public boolean isNone() {
        return fraction == null;
    }

    /** The amount with this ending nearest to {@code rounded}, at the currency's scale. */
    BigDecimal apply(BigDecimal rounded) {
        if (isNone()) {
            return rounded;
        }
        BigDecimal whole = rounded.setScale(0, RoundingMode.FLOOR);
        BigDecimal below = whole.subtract(BigDecimal.ONE).add(fraction);
        BigDecimal same = whole.add(fraction);
        BigDecimal above = whole.add(BigDecimal.ONE).add(fraction);
        BigDecimal nearest = same;
        for (BigDecimal candidate : new BigDecimal[] {below, above}) {
            int closer = candidate.subtract(rounded).abs().compareTo(nearest.subtract(rounded).abs());
            if (closer < 0 || (closer == 0 && candidate.compareTo(nearest) > 0)) {
                nearest = candidate;
            }
        }
        if (nearest.compareTo(fraction) < 0) {
            nearest = fraction.signum() == 0 ? BigDecimal.ONE : fraction; // 0.00 is never a price
        }
        return nearest.setScale(rounded.scale(), RoundingMode.UNNECESSARY);
    }

    @Override
    public String toString() {
        return isNone() ? "none" : fraction.toPlainString();
    }
}
