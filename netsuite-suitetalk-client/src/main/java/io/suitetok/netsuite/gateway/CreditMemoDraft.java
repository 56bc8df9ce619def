package io.suitetok.netsuite.gateway;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A Credit Memo for what TikTok refunded. With a Return Authorization it is made from it (NetSuite's
 * initialize, so the RA shows as credited); a refund without a return is a standalone memo for the
 * Sales Order's customer. The lines given replace whatever NetSuite prefilled, so the memo's total
 * is exactly the sum of {@code lines} plus {@code shippingCost}.
 *
 * @param externalId                    {@code TTS-CM-<shopId>-<returnId>}
 * @param returnAuthorizationExternalId optional; the RA to credit
 * @param shippingCost                  optional; refunded shipping
 * @param customFields                  custom body fields by script id (refund total, platform-funded part, TikTok tax, ...)
 */
public record CreditMemoDraft(String externalId, String returnAuthorizationExternalId, NetSuiteInternalId customer,
                              NetSuiteInternalId subsidiary, NetSuiteInternalId currency, NetSuiteInternalId location,
                              LocalDate tranDate, String otherRefNum, String memo, List<ReturnedItem> lines,
                              BigDecimal shippingCost, Map<String, String> customFields) {

    public CreditMemoDraft {
        Required.present("externalId", externalId, "customer", customer, "subsidiary", subsidiary,
                "currency", currency, "tranDate", tranDate, "lines", lines);
        lines = List.copyOf(lines);
        if (lines.isEmpty() && (shippingCost == null || shippingCost.signum() <= 0)) {
            throw new IllegalArgumentException("a credit memo needs a line or a shipping cost");
        }
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    /** What the memo credits: its lines and its shipping. */
    public BigDecimal total() {
        BigDecimal goods = lines.stream().map(ReturnedItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return shippingCost == null ? goods : goods.add(shippingCost);
    }
}
