package io.suitetok.sandbox.netsuite.account;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The simulator's own record of one promotion code. It keeps a last-modified time although NetSuite's
 * schema shows none, so the admin API can tell what changed; it never goes on the wire.
 */
record PromotionEntry(String id, String code, String name, boolean percentOff, BigDecimal discount, String currency,
                      OffsetDateTime start, OffsetDateTime end, List<String> items, boolean inactive,
                      OffsetDateTime lastModified) {

    PromotionEntry {
        items = List.copyOf(items);
    }
}
