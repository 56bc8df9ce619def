package io.suitetok.netsuite.gateway;

import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An effective-dated price: one {@code customrecord_suitetok_price_schedule} record (NetSuite has no
 * native effective-dated item price; docs/netsuite/price-schedule-custom-record.md).
 *
 * @param id           the custom record's internal id
 * @param effectiveTo  {@code null}: open-ended
 * @param inactive     withdrawn in NetSuite; the pricing service un-schedules it
 * @param lastModified the custom record's lastModified
 */
public record ScheduledPrice(String id, NetSuiteInternalId item, NetSuiteInternalId priceLevel,
                             NetSuiteInternalId currency, BigDecimal unitPrice, Instant effectiveFrom,
                             Instant effectiveTo, boolean inactive, Instant lastModified) {
}
