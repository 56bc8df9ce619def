package io.suitetok.orders.mapping;

import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokOrderId;
import io.suitetok.model.id.TikTokProductId;
import io.suitetok.model.id.TikTokSkuId;
import io.suitetok.model.id.TikTokWarehouseId;
import io.suitetok.model.money.Money;
import io.suitetok.model.order.Address;
import io.suitetok.model.order.Buyer;
import io.suitetok.model.order.Delivery;
import io.suitetok.model.order.Order;
import io.suitetok.model.order.OrderKind;
import io.suitetok.model.order.OrderLine;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.model.order.OrderTotals;
import io.suitetok.model.order.UnitLine;
import io.suitetok.tiktok.model.order.OrderLineItem;
import io.suitetok.tiktok.model.order.OrderPayment;
import io.suitetok.tiktok.model.order.RecipientAddress;
import io.suitetok.tiktok.model.order.TikTokOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A TikTok order detail as the hub's canonical order. Unit lines are grouped per SKU into quantities
 * with their line ids kept; seller and platform discounts stay apart, because only the seller's reduce
 * revenue; amounts keep TikTok's exact decimals. A field TikTok leaves out counts as zero.
 */
public class OrderSnapshotMapper {

    public Order toCanonical(ShopId shop, TikTokOrder order) {
        OrderPayment payment = order.payment();
        String currency = payment.currency();
        List<UnitLine> units = order.lineItems() == null ? List.of()
                : order.lineItems().stream().map(line -> unit(line, currency)).toList();
        return new Order(shop, new TikTokOrderId(order.id()), OrderStatus.fromTikTok(order.status()), kind(order),
                seconds(order.createTime()), seconds(order.updateTime()), currency, buyer(order), delivery(order),
                OrderLine.groupUnits(units), totals(payment));
    }

    private static UnitLine unit(OrderLineItem line, String orderCurrency) {
        String currency = line.currency() == null ? orderCurrency : line.currency();
        BigDecimal tax = line.itemTax() == null ? BigDecimal.ZERO : line.itemTax().stream()
                .map(OrderLineItem.ItemTax::taxAmount).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new UnitLine(line.id(), new TikTokSkuId(line.skuId()),
                line.productId() == null ? null : new TikTokProductId(line.productId()),
                line.sellerSku() == null || line.sellerSku().isBlank() ? null : new SellerSku(line.sellerSku()),
                line.productName(), money(line.originalPrice(), currency), money(line.sellerDiscount(), currency),
                money(line.platformDiscount(), currency), Money.of(tax, currency), Boolean.TRUE.equals(line.isGift()),
                "PRE_ORDER".equals(line.skuType()), "CANCELLED".equals(line.displayStatus()));
    }

    private static OrderTotals totals(OrderPayment payment) {
        String currency = payment.currency();
        return new OrderTotals(money(payment.originalTotalProductPrice(), currency),
                money(payment.sellerDiscount(), currency), money(payment.platformDiscount(), currency),
                money(payment.subTotal(), currency), money(payment.originalShippingFee(), currency),
                money(payment.shippingFeeSellerDiscount(), currency),
                money(payment.shippingFeePlatformDiscount(), currency), money(payment.shippingFee(), currency),
                money(payment.tax(), currency), money(payment.retailDeliveryFee(), currency),
                money(payment.totalAmount(), currency));
    }

    /** Sample, replacement and the like are reported apart from sales. */
    private static OrderKind kind(TikTokOrder order) {
        if (Boolean.TRUE.equals(order.isSampleOrder())) {
            return OrderKind.SAMPLE;
        }
        if (Boolean.TRUE.equals(order.isReplacementOrder())) {
            return OrderKind.REPLACEMENT;
        }
        return OrderKind.NORMAL;
    }

    private static Buyer buyer(TikTokOrder order) {
        RecipientAddress recipient = order.recipientAddress();
        Address address = recipient == null ? null : new Address(recipient.name(), recipient.phoneNumber(),
                recipient.addressLine1(), recipient.addressLine2(), district(recipient, "L3"), district(recipient, "L1"),
                recipient.postalCode(), recipient.regionCode(), recipient.fullAddress());
        return new Buyer(order.userId(), order.buyerEmail(), null, address);
    }

    /** TikTok names administrative levels by market; L1 is the state or county, L3 the city. */
    private static String district(RecipientAddress recipient, String level) {
        if (recipient.districtInfo() == null) {
            return null;
        }
        return recipient.districtInfo().stream().filter(info -> level.equals(info.addressLevel()))
                .map(RecipientAddress.DistrictInfo::addressName).findFirst().orElse(null);
    }

    private static Delivery delivery(TikTokOrder order) {
        Delivery.ShippingType type = order.shippingType() == null ? null
                : Delivery.ShippingType.valueOf(order.shippingType().toUpperCase(Locale.ROOT));
        return new Delivery(order.warehouseId() == null ? null : new TikTokWarehouseId(order.warehouseId()),
                order.deliveryOptionName(), order.shippingProvider(), type);
    }

    private static Money money(BigDecimal amount, String currency) {
        return Money.of(amount == null ? BigDecimal.ZERO : amount, currency);
    }

    private static Instant seconds(Long epochSeconds) {
        return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds);
    }
}
