package io.suitetok.netsuite.gateway;

import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A NetSuite promotion code as the pricing flow reads it.
 *
 * @param kind         {@link Kind#PERCENT_OFF} ({@code discount} is a percent, e.g. 15.00) or
 *                     {@link Kind#AMOUNT_OFF} ({@code discount} is an amount in {@code currency})
 * @param currency     the currency of an amount off; {@code null} for a percent off
 * @param start        {@code null}: from now on
 * @param end          {@code null}: open-ended
 * @param items        the items the promotion applies to; empty means a whole-order promotion (or one
 *                     that excludes the listed items), which the hub does not map
 * @param lastModified {@code null} when NetSuite reports none: SuiteTalk 2025_2 gives promotion codes
 *                     no modification date, so the caller compares with what it last saw
 */
public record PromotionSnapshot(String id, String code, String name, Kind kind, BigDecimal discount,
                                NetSuiteInternalId currency, Instant start, Instant end,
                                List<NetSuiteInternalId> items, boolean inactive, Instant lastModified) {

    public PromotionSnapshot {
        items = List.copyOf(items);
    }

    public enum Kind { PERCENT_OFF, AMOUNT_OFF }
}
