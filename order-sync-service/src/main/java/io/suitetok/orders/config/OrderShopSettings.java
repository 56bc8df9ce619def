package io.suitetok.orders.config;

import io.suitetok.netsuite.gateway.CommitInventory;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How one TikTok shop's orders land in NetSuite: every mapping ops may change, by NetSuite internal id.
 *
 * @param currency               NetSuite currency internal id of the shop's currency
 * @param defaultCustomer        the customer guest and anonymised TikTok buyers are booked to
 * @param locations              TikTok warehouse id to NetSuite location; {@code defaultLocation} otherwise
 * @param shipMethods            TikTok shipping provider or delivery option name to NetSuite ship method
 * @param marketplaceFacilitator TikTok collects and remits the sales tax (US): it stays off the Sales Order
 * @param taxItem                where TikTok does not remit tax, the item the order's tax is booked to
 * @param acceptPreOrders        pre-order units become lines that commit nothing; false parks such orders
 * @param waitWhileOnHold        ON_HOLD orders (buyer may still cancel) wait before a Sales Order is made
 * @param commit                 how in-stock lines commit (back-orders follow NetSuite's setting)
 */
public record OrderShopSettings(
        @NotBlank String shopId,
        @NotBlank String subsidiary,
        @NotBlank String currency,
        @NotBlank String defaultCustomer,
        String classification,
        String department,
        String defaultLocation,
        @DefaultValue Map<String, String> locations,
        @DefaultValue Map<String, String> shipMethods,
        @DefaultValue("true") boolean marketplaceFacilitator,
        String taxItem,
        @DefaultValue("true") boolean acceptPreOrders,
        @DefaultValue("true") boolean waitWhileOnHold,
        @DefaultValue("AVAILABLE_QTY") CommitInventory commit) {
}
