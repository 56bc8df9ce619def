package io.suitetok.pricing.promotion;

import java.math.BigDecimal;
import java.util.List;

/** The price a buyer pays for one SKU inside the activity, rounded once, and every step that made it. */
public record ActivityPrice(BigDecimal amount, List<String> steps) {

    public ActivityPrice {
        steps = List.copyOf(steps);
    }
}
