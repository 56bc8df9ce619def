package io.suitetok.orders.mapping;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.money.Money;
import io.suitetok.model.order.Address;
import io.suitetok.model.order.BuyerCharge;
import io.suitetok.model.order.Order;
import io.suitetok.model.order.OrderLine;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.netsuite.gateway.CommitInventory;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.SalesOrderLine;
import io.suitetok.netsuite.gateway.ShippingAddress;
import io.suitetok.orders.config.OrderProperties.BodyFields;
import io.suitetok.orders.config.OrderShopSettings;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A canonical TikTok order as a NetSuite Sales Order. Every choice is written down in
 * docs/order-mapping.md; in short: one line per SKU (split where cents do not divide evenly, and
 * cancelled units on closed lines), priced at what the merchant earns (list price less the seller's
 * discount; TikTok pays platform discounts back in settlement), shipping at the buyer's fee before
 * platform shipping discounts, tax off the order where TikTok remits it, each buyer-paid charge on a
 * line of its own (so the Sales Order ties out to TikTok's total_amount), and an order whose TikTok
 * status the hub does not know parked with that status named.
 */
public class SalesOrderMapper {

    static final String SOURCE = "TikTok Shop";

    private final BodyFields fields;

    public SalesOrderMapper(BodyFields fields) {
        this.fields = fields;
    }

    public static String externalId(Order order) {
        return "TTS-" + order.shopId().value() + "-" + order.orderId().value();
    }

    /** The NetSuite location the order ships from: its TikTok warehouse's, else the shop's default; null if neither. */
    public static String locationOf(Order order, OrderShopSettings shop) {
        String warehouse = warehouseOf(order);
        return warehouse == null ? shop.defaultLocation() : shop.locations().getOrDefault(warehouse, shop.defaultLocation());
    }

    private static String warehouseOf(Order order) {
        return order.delivery() == null || order.delivery().warehouseId() == null ? null
                : order.delivery().warehouseId().value();
    }

    public SalesOrderMapping map(Order order, OrderShopSettings shop, Function<SellerSku, Optional<String>> items) {
        if (order.status() == OrderStatus.UNKNOWN) {
            return SalesOrderMapping.parked(List.of("TikTok order status '" + order.tiktokStatus() + "' is not one the "
                    + "hub knows, so it cannot tell whether the order should be in NetSuite; replay the order once "
                    + "the hub understands the status"));
        }
        List<String> problems = new ArrayList<>();
        String location = locationOf(order, shop);
        if (location == null) {
            problems.add("TikTok warehouse " + warehouseOf(order) + " is not mapped to a NetSuite location; add it to "
                    + "hub.orders.shops[" + shop.shopId() + "].locations");
        }
        boolean cancelled = order.status() == OrderStatus.CANCELLED;
        List<SalesOrderLine> lines = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            lines.addAll(lines(line, items, shop, location, cancelled, problems));
        }
        if (!shop.marketplaceFacilitator() && order.totals().tax().amount().signum() != 0) {
            if (shop.taxItem() == null) {
                problems.add("the order carries tax TikTok does not remit, and no hub.orders.shops[].tax-item is set");
            } else {
                lines.add(new SalesOrderLine(new NetSuiteInternalId(shop.taxItem()), BigDecimal.ONE,
                        order.totals().tax().amount(), id(location),
                        CommitInventory.DO_NOT_COMMIT, cancelled, "Tax collected by the seller"));
            }
        }
        lines.addAll(chargeLines(order, shop, location, cancelled, problems));
        if (!problems.isEmpty()) {
            return SalesOrderMapping.parked(problems);
        }
        Money shipping = order.totals().originalShippingFee().minus(order.totals().shippingSellerDiscount());
        return SalesOrderMapping.ready(new SalesOrderDraft(externalId(order),
                new NetSuiteInternalId(shop.defaultCustomer()), new NetSuiteInternalId(shop.subsidiary()),
                new NetSuiteInternalId(shop.currency()), new NetSuiteInternalId(location), id(shop.department()),
                id(shop.classification()), order.createTime().atZone(ZoneOffset.UTC).toLocalDate(),
                order.orderId().value(), "TikTok Shop order " + order.orderId(), shipMethod(order, shop),
                shipping.amount(), address(order), lines, customFields(order)));
    }

    /**
     * One SKU's units as Sales Order lines: units that sell on open lines, cancelled units on closed
     * ones, each group split where the merchant's amount does not divide into whole cents per unit.
     */
    private static List<SalesOrderLine> lines(OrderLine line, Function<SellerSku, Optional<String>> items,
            OrderShopSettings shop, String location, boolean orderCancelled, List<String> problems) {
        if (line.sellerSku() == null) {
            problems.add("TikTok SKU " + line.skuId() + " has no seller SKU, so no NetSuite item can be found");
            return List.of();
        }
        Optional<String> item = items.apply(line.sellerSku());
        if (item.isEmpty()) {
            problems.add("seller SKU " + line.sellerSku() + " (TikTok SKU " + line.skuId() + ") has no NetSuite item "
                    + "mapping yet; the order is released when the catalogue maps it");
            return List.of();
        }
        if (line.preOrder() && !shop.acceptPreOrders()) {
            problems.add(line.sellerSku() + " is a pre-order and this shop does not take pre-orders into NetSuite");
            return List.of();
        }
        CommitInventory commit = line.preOrder() ? CommitInventory.DO_NOT_COMMIT : shop.commit();
        List<Money> rates = UnitRates.of(line.revenueAmount(), line.quantity());
        int open = orderCancelled ? 0 : line.activeQuantity();
        Map<RateKey, Integer> grouped = new LinkedHashMap<>();
        for (int unit = 0; unit < rates.size(); unit++) {
            grouped.merge(new RateKey(rates.get(unit).amount(), unit >= open), 1, Integer::sum);
        }
        List<SalesOrderLine> result = new ArrayList<>();
        grouped.forEach((key, quantity) -> result.add(new SalesOrderLine(new NetSuiteInternalId(item.get()),
                BigDecimal.valueOf(quantity), key.rate(), new NetSuiteInternalId(location), commit, key.closed(),
                line.gift() ? "Gift" : null)));
        return result;
    }

    /**
     * Each buyer-paid charge on a line of its own, at its amount, committing nothing. The retail delivery
     * fee is a tax in all but name: where TikTok remits tax it remits that too, so it stays off the order.
     */
    private static List<SalesOrderLine> chargeLines(Order order, OrderShopSettings shop, String location,
            boolean cancelled, List<String> problems) {
        List<SalesOrderLine> result = new ArrayList<>();
        for (BuyerCharge charge : order.totals().charges()) {
            if (charge.kind() == BuyerCharge.Kind.RETAIL_DELIVERY_FEE && shop.marketplaceFacilitator()) {
                continue;
            }
            Optional<String> item = shop.feeItemFor(charge.kind());
            if (item.isEmpty()) {
                problems.add("the order carries a " + charge.kind().tiktokField() + " of " + charge.amount()
                        + " and no hub.orders.shops[" + shop.shopId() + "].fee-items."
                        + OrderShopSettings.feeItemKey(charge.kind()) + " is set");
                continue;
            }
            result.add(new SalesOrderLine(new NetSuiteInternalId(item.get()), BigDecimal.ONE, charge.amount().amount(),
                    id(location), CommitInventory.DO_NOT_COMMIT, cancelled, "TikTok " + charge.kind().tiktokField()));
        }
        return result;
    }

    private Map<String, String> customFields(Order order) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(fields.source(), SOURCE);
        values.put(fields.shopId(), order.shopId().value());
        values.put(fields.orderId(), order.orderId().value());
        values.put(fields.orderType(), order.kind().name());
        values.put(fields.platformDiscount(), order.totals().platformDiscount()
                .plus(order.totals().shippingPlatformDiscount()).amountText());
        values.put(fields.tiktokTax(), order.totals().tax().amountText());
        return values;
    }

    private static NetSuiteInternalId shipMethod(Order order, OrderShopSettings shop) {
        if (order.delivery() == null) {
            return null;
        }
        String method = shop.shipMethods().get(String.valueOf(order.delivery().shippingProvider()));
        if (method == null) {
            method = shop.shipMethods().get(String.valueOf(order.delivery().deliveryOptionName()));
        }
        return id(method);
    }

    private static ShippingAddress address(Order order) {
        Address address = order.buyer() == null ? null : order.buyer().shippingAddress();
        if (address == null) {
            return null;
        }
        // NetSuite's shipping address here has two street lines: TikTok's lines 3 and 4 follow line 2.
        String line2 = java.util.stream.Stream.of(address.line2(), address.line3(), address.line4())
                .filter(part -> part != null && !part.isBlank()).collect(java.util.stream.Collectors.joining(", "));
        return new ShippingAddress(address.recipientName(), address.phone(), address.line1(),
                line2.isEmpty() ? address.line2() : line2, address.city(), address.state(), address.postalCode(),
                address.countryCode());
    }

    private static NetSuiteInternalId id(String value) {
        return value == null || value.isBlank() ? null : new NetSuiteInternalId(value);
    }

    private record RateKey(BigDecimal rate, boolean closed) {
    }
}
