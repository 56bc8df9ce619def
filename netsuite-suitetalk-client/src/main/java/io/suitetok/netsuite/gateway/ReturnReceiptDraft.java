package io.suitetok.netsuite.gateway;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The warehouse received returned goods: an Item Receipt made from the Return Authorization
 * (NetSuite's initialize), each received item into the location its disposition names. Receiving
 * into a location raises its quantity on hand, so inventory-sync sees it like any stock move.
 *
 * @param externalId                    {@code TTS-IR-<shopId>-<returnId>}
 * @param returnAuthorizationExternalId {@code TTS-RA-<shopId>-<returnId>}
 */
public record ReturnReceiptDraft(String externalId, String returnAuthorizationExternalId, LocalDate tranDate,
                                 String memo, List<Received> lines) {

    public ReturnReceiptDraft {
        Required.present("externalId", externalId, "returnAuthorizationExternalId", returnAuthorizationExternalId,
                "tranDate", tranDate, "lines", lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an item receipt needs at least one line");
        }
        lines = List.copyOf(lines);
    }

    /** Units of one item received into one location. */
    public record Received(NetSuiteInternalId item, BigDecimal quantity, NetSuiteInternalId location) {

        public Received {
            Required.present("item", item, "quantity", quantity, "location", location);
            if (quantity.signum() <= 0) {
                throw new IllegalArgumentException("quantity must be positive");
            }
        }
    }
}
