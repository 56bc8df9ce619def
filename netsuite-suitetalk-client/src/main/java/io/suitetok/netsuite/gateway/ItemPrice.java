package io.suitetok.netsuite.gateway;

import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;

/** One cell of an item's pricing matrix: a price level in a currency (NetSuite currency record ids). */
public record ItemPrice(NetSuiteInternalId priceLevel, NetSuiteInternalId currency, BigDecimal unitPrice) {
}
