package io.suitetok.pricing.boundary;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A NetSuite price as read: the unit price of a price level in a currency, and whether the item's
 * prices include tax ({@code pricesIncludeTax}).
 */
public record SourcePrice(BigDecimal amount, Currency currency, boolean includesTax) {
}
