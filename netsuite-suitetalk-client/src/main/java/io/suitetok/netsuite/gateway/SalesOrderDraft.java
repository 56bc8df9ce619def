package io.suitetok.netsuite.gateway;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A Sales Order as the order flow wants it in NetSuite. References are NetSuite internal ids the
 * mapping step already resolved (shop to subsidiary, currency, location, customer).
 *
 * @param externalId     the idempotency key, {@code TTS-<shopId>-<orderId>}
 * @param otherRefNum    the TikTok order id, searchable in NetSuite
 * @param customFields   custom body fields by script id (text values)
 * @param location       optional; a line without its own location uses it
 * @param department     optional
 * @param classification optional (NetSuite's {@code class})
 * @param shipMethod     optional
 * @param shippingCost   optional
 * @param shippingAddress optional
 */
public record SalesOrderDraft(String externalId, NetSuiteInternalId customer, NetSuiteInternalId subsidiary,
                              NetSuiteInternalId currency, NetSuiteInternalId location,
                              NetSuiteInternalId department, NetSuiteInternalId classification, LocalDate tranDate,
                              String otherRefNum, String memo, NetSuiteInternalId shipMethod,
                              BigDecimal shippingCost, ShippingAddress shippingAddress, List<SalesOrderLine> lines,
                              Map<String, String> customFields) {

    public SalesOrderDraft {
        Required.present("externalId", externalId, "customer", customer, "subsidiary", subsidiary,
                "currency", currency, "tranDate", tranDate, "lines", lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a sales order needs at least one line");
        }
        lines = List.copyOf(lines);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    }

    /** The same order booked to another customer (one created for the buyer, say). */
    public SalesOrderDraft withCustomer(NetSuiteInternalId newCustomer) {
        return new SalesOrderDraft(externalId, newCustomer, subsidiary, currency, location, department, classification,
                tranDate, otherRefNum, memo, shipMethod, shippingCost, shippingAddress, lines, customFields);
    }
}
