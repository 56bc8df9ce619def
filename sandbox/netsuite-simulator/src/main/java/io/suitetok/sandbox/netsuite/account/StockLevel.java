package io.suitetok.sandbox.netsuite.account;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One item at one location. Available is on hand minus committed, as in NetSuite; the last change
 * of the quantity available is what {@code getItemAvailability} filters on.
 */
public record StockLevel(String item, String location, BigDecimal onHand, BigDecimal committed, BigDecimal onOrder,
                         BigDecimal backOrdered, OffsetDateTime lastQtyAvailableChange) {

    public BigDecimal available() {
        return onHand.subtract(committed).max(BigDecimal.ZERO);
    }
}
