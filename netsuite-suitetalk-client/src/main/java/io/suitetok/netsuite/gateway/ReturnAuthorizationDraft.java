package io.suitetok.netsuite.gateway;

import io.suitetok.model.Required;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A Return Authorization for the units a TikTok buyer sends back, made from the order's Sales Order
 * (NetSuite's initialize, so the RA is linked to it and takes its customer, subsidiary, currency and
 * location), with only the returned items and quantities.
 *
 * @param externalId             the idempotency key, {@code TTS-RA-<shopId>-<returnId>}
 * @param salesOrderExternalId   the Sales Order's external id, {@code TTS-<shopId>-<orderId>}
 * @param closed                 close every line: the return was rejected or cancelled after the RA existed
 * @param customFields           custom body fields by script id (the TikTok return id, tracking number, ...)
 */
public record ReturnAuthorizationDraft(String externalId, String salesOrderExternalId, LocalDate tranDate,
                                       String memo, List<ReturnedItem> lines, boolean closed,
                                       Map<String, String> customFields) {

    public ReturnAuthorizationDraft {
        Required.present("externalId", externalId, "salesOrderExternalId", salesOrderExternalId,
                "tranDate", tranDate, "lines", lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a return authorization needs at least one line");
        }
        lines = List.copyOf(lines);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }
}
