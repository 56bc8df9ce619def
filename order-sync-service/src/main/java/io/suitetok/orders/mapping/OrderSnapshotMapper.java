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
import io.suitetok.model.order.BuyerCharge;
import io.suitetok.model.order.ComponentSku;
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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A TikTok order detail as the hub's canonical order. Unit lines are grouped per SKU into quantities
 * with their line ids kept; seller and platform discounts stay apart, because only the seller's reduce
 * revenue; amounts keep TikTok's exact decimals. A field TikTok leaves out counts as zero. A status
 * the hub does not know is kept as UNKNOWN with TikTok's spelling (the flusher parks such orders)
 * rather than failing the whole batch.
 */
public class OrderSnapshotMapper {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OrderSnapshotMapper.class);

    public Order toCanonical(ShopId shop, TikTokOrder order) {
        OrderPayment payment = order.payment();
        String currency = payment.currency();
        List<UnitLine> units = order.lineItems() == null ? List.of()
                : order.lineItems().stream().map(line -> unit(line, currency)).toList();
        OrderTotals totals = totals(payment, order.lineItems());
        List<String> mismatches = totals.mismatches();
        if (!mismatches.isEmpty()) {
            // TikTok's amounts are exact decimals: a mismatch is a payload the mapping does not understand.
            log.warn("TikTok order {} does not tie out: {}", order.id(), mismatches);
        }
        return new Order(shop, new TikTokOrderId(order.id()), OrderStatus.readTikTok(order.status()), kind(order),
                seconds(order.createTime()), seconds(order.updateTime()), currency, buyer(order), delivery(order),
                OrderLine.groupUnits(units), totals, order.status());
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
                "PRE_ORDER".equals(line.skuType()), "CANCELLED".equals(line.displayStatus()), components(line),
                money(sum(line.retailDeliveryFee(), line.smallOrderFee(), line.buyerServiceFee()), currency));
    }

    private static List<ComponentSku> components(OrderLineItem line) {
        if (line.combinedListingSkus() == null) {
            return List.of();
        }
        return line.combinedListingSkus().stream().filter(c -> c.skuId() != null)
                .map(c -> new ComponentSku(new TikTokSkuId(c.skuId()),
                        c.sellerSku() == null || c.sellerSku().isBlank() ? null : new SellerSku(c.sellerSku()),
                        c.skuCount() == null ? 1 : c.skuCount()))
                .toList();
    }

    private static OrderTotals totals(OrderPayment payment, List<OrderLineItem> lines) {
        String currency = payment.currency();
        List<BuyerCharge> charges = charges(payment, lines == null ? List.of() : lines);
        Money otherFees = charges.stream().map(BuyerCharge::amount).reduce(Money.zero(currency), Money::plus);
        return new OrderTotals(money(payment.originalTotalProductPrice(), currency),
                money(payment.sellerDiscount(), currency), money(payment.platformDiscount(), currency),
                money(payment.subTotal(), currency), money(payment.originalShippingFee(), currency),
                money(payment.shippingFeeSellerDiscount(), currency),
                money(payment.shippingFeePlatformDiscount(), currency), money(payment.shippingFee(), currency),
                money(payment.tax(), currency), otherFees, money(payment.totalAmount(), currency), charges);
    }

    /**
     * The buyer-paid charges, each from the payment block. Where TikTok itemises a kind only on the
     * lines (the three line-level kinds), the lines' sum stands for it; both together would count it
     * twice, because the lines are the order amount's split.
     */
    private static List<BuyerCharge> charges(OrderPayment payment, List<OrderLineItem> lines) {
        Map<BuyerCharge.Kind, BigDecimal> amounts = new EnumMap<>(BuyerCharge.Kind.class);
        amounts.put(BuyerCharge.Kind.RETAIL_DELIVERY_FEE, orLines(payment.retailDeliveryFee(), lines,
                OrderLineItem::retailDeliveryFee));
        amounts.put(BuyerCharge.Kind.BUYER_SERVICE_FEE, orLines(payment.buyerServiceFee(), lines,
                OrderLineItem::buyerServiceFee));
        amounts.put(BuyerCharge.Kind.HANDLING_FEE, payment.handlingFee());
        amounts.put(BuyerCharge.Kind.ITEM_INSURANCE_FEE, payment.itemInsuranceFee());
        amounts.put(BuyerCharge.Kind.SHIPPING_INSURANCE_FEE, payment.shippingInsuranceFee());
        amounts.put(BuyerCharge.Kind.SMALL_ORDER_FEE, orLines(payment.smallOrderFee(), lines,
                OrderLineItem::smallOrderFee));
        List<BuyerCharge> charges = new ArrayList<>();
        amounts.forEach((kind, amount) -> {
            if (amount != null && amount.signum() != 0) {
                charges.add(new BuyerCharge(kind, Money.of(amount, payment.currency())));
            }
        });
        return charges;
    }

    private static BigDecimal orLines(BigDecimal orderAmount, List<OrderLineItem> lines,
            Function<OrderLineItem, BigDecimal> lineAmount) {
        if (orderAmount != null) {
            return orderAmount;
        }
        return lines.stream().map(lineAmount).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    private static BigDecimal sum(BigDecimal... amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            total = amount == null ? total : total.add(amount);
        }
        return total;
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
                recipient.postalCode(), recipient.regionCode(), recipient.fullAddress(), recipient.firstName(),
                recipient.lastName(), recipient.addressLine3(), recipient.addressLine4(), recipient.addressDetail());
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
