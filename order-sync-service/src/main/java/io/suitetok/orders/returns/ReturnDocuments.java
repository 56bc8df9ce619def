package io.suitetok.orders.returns;

import io.suitetok.model.money.Money;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.order.Order;
import io.suitetok.model.order.OrderLine;
import io.suitetok.netsuite.gateway.CreditMemoDraft;
import io.suitetok.netsuite.gateway.CustomerRefundDraft;
import io.suitetok.netsuite.gateway.ReturnAuthorizationDraft;
import io.suitetok.netsuite.gateway.ReturnReceiptDraft;
import io.suitetok.netsuite.gateway.ReturnedItem;
import io.suitetok.orders.config.OrderProperties.BodyFields;
import io.suitetok.orders.config.OrderShopSettings;
import io.suitetok.orders.config.ReturnSettings;
import io.suitetok.orders.mapping.SalesOrderMapper;
import io.suitetok.orders.mapping.UnitRates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The NetSuite documents of one return, from TikTok's figures: which items and units came back, at what
 * refund, and the Credit Memo's total, which is TikTok's {@code refund_total} to the cent (less the tax
 * TikTok remits itself, which stays off the documents as it stayed off the Sales Order). Problems
 * (an unmapped SKU, a unit the order does not have, missing settings) are collected, never thrown, so
 * the return is parked with all of them at once.
 */
public final class ReturnDocuments {

    private final OrderReturn ret;
    private final Order order;
    private final OrderShopSettings shop;
    private final NetSuiteInternalId customer;
    private final BodyFields fields;
    private final List<String> problems = new ArrayList<>();
    private final List<ReturnedItem> goods;
    private final BigDecimal platformFunded;

    /**
     * @param items    the NetSuite item of a seller SKU (the catalogue's mapping)
     * @param customer the customer the Sales Order was booked to
     */
    public ReturnDocuments(OrderReturn ret, Order order, OrderShopSettings shop,
            Function<SellerSku, Optional<String>> items, NetSuiteInternalId customer, BodyFields fields) {
        this.ret = ret;
        this.order = order;
        this.shop = shop;
        this.customer = customer;
        this.fields = fields;
        Map<String, UnitOfOrder> units = unitsOf(order);
        this.goods = goods(units, items);
        this.platformFunded = ret.units().stream().map(unit -> units.get(unit.orderLineItemId()))
                .filter(java.util.Objects::nonNull).map(UnitOfOrder::platformDiscount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (ret.refundTotal() == null) {
            problems.add("TikTok's return " + ret.returnId() + " has no refund amount");
        }
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public static String raExternalId(OrderReturn ret) {
        return "TTS-RA-" + ret.shopId() + "-" + ret.returnId();
    }

    public static String receiptExternalId(OrderReturn ret) {
        return "TTS-IR-" + ret.shopId() + "-" + ret.returnId();
    }

    public static String creditMemoExternalId(OrderReturn ret) {
        return "TTS-CM-" + ret.shopId() + "-" + ret.returnId();
    }

    public static String refundExternalId(OrderReturn ret) {
        return "TTS-CR-" + ret.shopId() + "-" + ret.returnId();
    }

    /** The Return Authorization: the returned units at their refund, closed when TikTok ended the request. */
    public ReturnAuthorizationDraft returnAuthorization(boolean closed) {
        Map<String, String> custom = commonFields();
        if (ret.trackingNumber() != null) {
            custom.put(fields.returnTracking(), ret.carrier() == null ? ret.trackingNumber()
                    : ret.carrier() + " " + ret.trackingNumber());
        }
        return new ReturnAuthorizationDraft(raExternalId(ret), SalesOrderMapper.externalId(order), tranDate(),
                "TikTok Shop return " + ret.returnId() + " of order " + ret.orderId(), goods, closed, custom);
    }

    /**
     * The Item Receipt of the returned units into the disposition's location, or empty when the shop
     * does not restock (or its location is missing, which is a problem).
     */
    public Optional<ReturnReceiptDraft> receipt() {
        ReturnSettings settings = shop.returns();
        String location = switch (settings.disposition()) {
            case SELLABLE -> SalesOrderMapper.locationOf(order, shop);
            case DAMAGED -> settings.damagedLocation();
            case NOT_RESTOCKED -> null;
        };
        if (settings.disposition() == ReturnSettings.Disposition.NOT_RESTOCKED) {
            return Optional.empty();
        }
        if (location == null) {
            problems.add("returns of shop " + shop.shopId() + " are received as " + settings.disposition()
                    + " but no location is set (hub.orders.shops[].returns.damaged-location, or the order's location)");
            return Optional.empty();
        }
        Map<NetSuiteInternalId, BigDecimal> perItem = new LinkedHashMap<>();
        goods.forEach(line -> perItem.merge(line.item(), line.quantity(), BigDecimal::add));
        List<ReturnReceiptDraft.Received> lines = perItem.entrySet().stream().map(entry ->
                new ReturnReceiptDraft.Received(entry.getKey(), entry.getValue(), new NetSuiteInternalId(location)))
                .toList();
        return Optional.of(new ReturnReceiptDraft(receiptExternalId(ret), raExternalId(ret), tranDate(),
                "TikTok Shop return " + ret.returnId() + " received (" + settings.disposition() + ")", lines));
    }

    /**
     * The Credit Memo: the refunded units at TikTok's refund per unit, the refunded shipping, and the
     * refunded tax where the seller booked the tax; from the RA when the goods come back.
     */
    public CreditMemoDraft creditMemo(boolean fromReturnAuthorization) {
        List<ReturnedItem> lines = new ArrayList<>(goods);
        BigDecimal tax = orZero(ret.refundTax());
        if (!shop.marketplaceFacilitator() && tax.signum() != 0) {
            if (shop.taxItem() == null) {
                problems.add("the refund carries tax TikTok does not remit, and no hub.orders.shops[].tax-item is set");
            } else {
                lines.add(new ReturnedItem(new NetSuiteInternalId(shop.taxItem()), BigDecimal.ONE, tax,
                        "Tax refunded by the seller"));
            }
        }
        Map<String, String> custom = commonFields();
        custom.put(fields.refundTotal(), orZero(ret.refundTotal()).toPlainString());
        custom.put(fields.platformRefund(), platformFunded.toPlainString());
        if (shop.marketplaceFacilitator()) {
            custom.put(fields.tiktokTax(), tax.toPlainString());
        }
        BigDecimal shipping = orZero(ret.refundShipping());
        return new CreditMemoDraft(creditMemoExternalId(ret), fromReturnAuthorization ? raExternalId(ret) : null,
                customer, new NetSuiteInternalId(shop.subsidiary()), new NetSuiteInternalId(shop.currency()),
                id(SalesOrderMapper.locationOf(order, shop)), tranDate(), ret.orderId(),
                "TikTok Shop refund " + ret.returnId() + " of order " + ret.orderId(), lines,
                shipping.signum() == 0 ? null : shipping, custom);
    }

    /** The platform discount TikTok paid on the returned units, which it reclaims in settlement. */
    public BigDecimal platformRefund() {
        return platformFunded;
    }

    /** What the Credit Memo must credit: TikTok's refund, less the tax TikTok remits itself. */
    public BigDecimal expectedCredit() {
        BigDecimal total = orZero(ret.refundTotal());
        return shop.marketplaceFacilitator() ? total.subtract(orZero(ret.refundTax())) : total;
    }

    /** The Customer Refund against the Credit Memo, or empty when the shop leaves refunds to settlement. */
    public Optional<CustomerRefundDraft> customerRefund(BigDecimal credited) {
        ReturnSettings settings = shop.returns();
        if (settings.refunds() == ReturnSettings.Refunds.SETTLEMENT || credited.signum() <= 0) {
            return Optional.empty();
        }
        if (settings.refundAccount() == null) {
            problems.add("shop " + shop.shopId() + " pays Customer Refunds but has no "
                    + "hub.orders.shops[].returns.refund-account");
            return Optional.empty();
        }
        return Optional.of(new CustomerRefundDraft(refundExternalId(ret), creditMemoExternalId(ret), customer,
                new NetSuiteInternalId(shop.subsidiary()), new NetSuiteInternalId(shop.currency()),
                new NetSuiteInternalId(settings.refundAccount()), id(settings.paymentMethod()), tranDate(), credited,
                "TikTok Shop refund " + ret.returnId() + " paid by TikTok", commonFields()));
    }

    private List<ReturnedItem> goods(Map<String, UnitOfOrder> units, Function<SellerSku, Optional<String>> items) {
        List<BigDecimal> refunds = unitRefunds();
        Map<List<Object>, ReturnedItem> lines = new LinkedHashMap<>();
        for (int i = 0; i < ret.units().size(); i++) {
            OrderReturn.ReturnedUnit unit = ret.units().get(i);
            UnitOfOrder sold = units.get(unit.orderLineItemId());
            if (sold == null) {
                problems.add("returned unit " + unit.orderLineItemId() + " is not a unit of order " + ret.orderId());
                continue;
            }
            SellerSku sku = sold.line().sellerSku();
            Optional<String> item = sku == null ? Optional.empty() : items.apply(sku);
            if (item.isEmpty()) {
                problems.add("seller SKU " + (sku == null ? "(none)" : sku.value()) + " of returned unit "
                        + unit.orderLineItemId() + " is not mapped to a NetSuite item");
                continue;
            }
            NetSuiteInternalId itemId = new NetSuiteInternalId(item.get());
            BigDecimal rate = refunds.get(i);
            lines.merge(List.of(itemId, rate.stripTrailingZeros()),
                    new ReturnedItem(itemId, BigDecimal.ONE, rate, sold.line().productName()),
                    (a, b) -> new ReturnedItem(a.item(), a.quantity().add(BigDecimal.ONE), a.rate(), a.description()));
        }
        return List.copyOf(lines.values());
    }

    /**
     * TikTok's refund per unit. When the units' refunds do not add up to the return's {@code refund_subtotal}
     * (a partial refund the seller agreed on, say), the subtotal is what the buyer got: it is split over
     * the units to the cent instead.
     */
    private List<BigDecimal> unitRefunds() {
        List<BigDecimal> perUnit = ret.units().stream().map(OrderReturn.ReturnedUnit::refund).toList();
        BigDecimal sum = perUnit.stream().map(ReturnDocuments::orZero).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean complete = perUnit.stream().allMatch(java.util.Objects::nonNull);
        if (ret.refundSubtotal() == null || ret.units().isEmpty()
                || (complete && sum.compareTo(ret.refundSubtotal()) == 0)) {
            return perUnit.stream().map(ReturnDocuments::orZero).toList();
        }
        return UnitRates.of(new Money(ret.refundSubtotal(), order.lines().get(0).unitPrice().currency()), ret.units().size())
                .stream().map(Money::amount).toList();
    }

    private Map<String, String> commonFields() {
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put(fields.source(), "TikTok Shop");
        custom.put(fields.shopId(), ret.shopId());
        custom.put(fields.orderId(), ret.orderId());
        custom.put(fields.returnId(), ret.returnId());
        return custom;
    }

    private LocalDate tranDate() {
        return ret.updateTime().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Each sold unit by its TikTok line id, with its line and its share of the line's platform discount. */
    private static Map<String, UnitOfOrder> unitsOf(Order order) {
        Map<String, UnitOfOrder> units = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            List<Money> discounts = UnitRates.of(line.platformDiscount(), line.quantity());
            for (int i = 0; i < line.unitLineIds().size(); i++) {
                units.put(line.unitLineIds().get(i), new UnitOfOrder(line, discounts.get(i).amount()));
            }
        }
        return units;
    }

    private record UnitOfOrder(OrderLine line, BigDecimal platformDiscount) {
    }

    private static NetSuiteInternalId id(String value) {
        return value == null ? null : new NetSuiteInternalId(value);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
