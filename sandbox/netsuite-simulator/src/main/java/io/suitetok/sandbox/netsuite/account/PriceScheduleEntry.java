package io.suitetok.sandbox.netsuite.account;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The simulator's own record of one customrecord_suitetok_price_schedule instance. */
record PriceScheduleEntry(String id, String item, String priceLevel, String currency, BigDecimal price,
                          OffsetDateTime effectiveFrom, OffsetDateTime effectiveTo, boolean inactive,
                          OffsetDateTime created, OffsetDateTime lastModified) {
}
