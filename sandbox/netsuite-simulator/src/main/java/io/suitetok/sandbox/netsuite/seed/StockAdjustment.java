package io.suitetok.sandbox.netsuite.seed;

import java.math.BigDecimal;

/** Sets an item's quantity on hand (and on order) at a location, as a receipt or a count would. */
public record StockAdjustment(String item, String location, BigDecimal onHand, BigDecimal onOrder) {
}
