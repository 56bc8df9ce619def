package io.suitetok.netsuite.gateway;

import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;

/**
 * One cell of a pricing matrix. {@code minQuantity} 0 (or 1) is the single-unit price; higher values
 * are quantity breaks (the unit price from that many units on). The amount is in {@code currency}
 * (a NetSuite currency record id), exactly as NetSuite holds it: nothing is rounded here.
 */
public record PriceBreak(NetSuiteInternalId priceLevel, NetSuiteInternalId currency, BigDecimal minQuantity,
                         BigDecimal unitPrice) {

    /** The single-unit price, which quantity breaks start from. */
    public boolean singleUnit() {
        return minQuantity.compareTo(BigDecimal.ONE) <= 0;
    }
}
