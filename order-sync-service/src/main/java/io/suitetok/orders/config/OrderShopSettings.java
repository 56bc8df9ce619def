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
 * @param carriers               NetSuite ship method internal id to TikTok shipping provider id, for reporting
 *                               seller-shipped fulfilments; {@code defaultCarrier} otherwise
 * @param customers              default customer for every order, or one customer per TikTok buyer
 * @param handoverMethod         how packages shipped with TikTok's logistics reach the carrier: PICKUP or DROP_OFF
 * @param returns                how returns are received, credited and refunded ({@link ReturnSettings})
 * @param feeItems               buyer-paid charge (TikTok's field in kebab case: {@code buyer-service-fee},
 *                               {@code handling-fee}, {@code item-insurance-fee}, {@code shipping-insurance-fee},
 *                               {@code small-order-fee}, {@code retail-delivery-fee}) to the NetSuite item it is
 *                               booked to; an order with a charge that has no item is parked
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
        @DefaultValue("AVAILABLE_QTY") CommitInventory commit,
        @DefaultValue Map<String, String> carriers,
        String defaultCarrier,
        @DefaultValue("PICKUP") String handoverMethod,
        @DefaultValue("DEFAULT_CUSTOMER") CustomerPolicy customers,
        @DefaultValue Map<String, String> feeItems,
        ReturnSettings returns) {

    public OrderShopSettings {
        returns = returns == null ? ReturnSettings.defaults() : returns;
    }

    /** The NetSuite item a buyer-paid charge is booked to, if ops mapped one. */
    public java.util.Optional<String> feeItemFor(io.suitetok.model.order.BuyerCharge.Kind kind) {
        return java.util.Optional.ofNullable(feeItems.get(feeItemKey(kind)));
    }

    /** The configuration key of a charge kind: TikTok's field name in kebab case. */
    public static String feeItemKey(io.suitetok.model.order.BuyerCharge.Kind kind) {
        return kind.tiktokField().replace('_', '-');
    }

    /** The TikTok shipping provider for a NetSuite ship method, if ops mapped one. */
    public java.util.Optional<String> carrierFor(String netsuiteShipMethod) {
        String mapped = netsuiteShipMethod == null ? null : carriers.get(netsuiteShipMethod);
        return java.util.Optional.ofNullable(mapped != null ? mapped : defaultCarrier);
    }
}
