package io.suitetok.netsuite.gateway;

import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;
import java.time.Instant;

/** Stock of one item at one location, as NetSuite's getItemAvailability reports it. */
public record ItemAvailabilityRow(NetSuiteInternalId item, NetSuiteInternalId location, BigDecimal onHand,
                                  BigDecimal available, BigDecimal committed, BigDecimal onOrder,
                                  BigDecimal backOrdered, Instant lastQtyAvailableChange) {
}
