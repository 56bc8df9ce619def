package io.suitetok.pricing.boundary;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The price TikTok shows for a NetSuite price, at the currency's minor units, with every step that
 * made it, in order, for the ops view ("why does this SKU show 9.99?").
 */
public record BoundaryPrice(BigDecimal amount, Currency currency, List<String> steps) {

    public BoundaryPrice {
        steps = List.copyOf(steps);
    }

    /** The amount as TikTok's API takes it: a plain decimal string at the currency's scale. */
    public String wireAmount() {
        return amount.toPlainString();
    }
}
