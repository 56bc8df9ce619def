package io.suitetok.sandbox.tiktok.orders;

import io.suitetok.model.order.OrderStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An order with one line per unit. Mutated only under the {@code StateLock}. */
public final class SimOrder {

    final String id;
    final String shopId;
    final String currency;
    final long createTime;
    final String warehouseId;
    final String shippingType;
    final String userId;
    final String buyerEmail;
    final String buyerMessage;
    final BigDecimal affiliateCommissionRate;
    final PaymentBlock payment;
    final String deliveryOptionId;
    final String deliveryOptionName;
    final List<SimLine> lines = new ArrayList<>();
    /** Empty until the order is paid and released (AWAITING_SHIPMENT). */
    final List<SimPackage> packages = new ArrayList<>();
    OrderStatus status;
    boolean onHold;
    long updateTime;
    Long paidTime;
    Long deliveredTime;
    Long cancelTime;
    String cancelReason;
    String cancellationInitiator;
    Recipient recipient;
    boolean recipientUpdated;
    /** The carrier and tracking number of the first package shipped, shown on the order itself. */
    String trackingNumber;
    String shippingProvider;
    String shippingProviderId;
    boolean settled;

    SimOrder(String id, String shopId, String currency, long createTime, String warehouseId, String shippingType,
            String userId, String buyerEmail, String buyerMessage, BigDecimal affiliateCommissionRate,
            PaymentBlock payment, String deliveryOptionId, String deliveryOptionName, List<SimLine> lines) {
        this.id = id;
        this.shopId = shopId;
        this.currency = currency;
        this.createTime = createTime;
        this.updateTime = createTime;
        this.warehouseId = warehouseId;
        this.shippingType = shippingType;
        this.userId = userId;
        this.buyerEmail = buyerEmail;
        this.buyerMessage = buyerMessage;
        this.affiliateCommissionRate = affiliateCommissionRate;
        this.payment = payment;
        this.deliveryOptionId = deliveryOptionId;
        this.deliveryOptionName = deliveryOptionName;
        this.lines.addAll(lines);
    }

    /** update_time moves with every change: strictly forward, even for two changes in one second. */
    void touch(long now) {
        updateTime = Math.max(now, updateTime + 1);
    }

    public String id() {
        return id;
    }

    public String shopId() {
        return shopId;
    }

    public String currency() {
        return currency;
    }

    public long createTime() {
        return createTime;
    }

    public OrderStatus status() {
        return status;
    }

    public String shippingType() {
        return shippingType;
    }

    public PaymentBlock payment() {
        return payment;
    }

    public BigDecimal affiliateCommissionRate() {
        return affiliateCommissionRate;
    }

    public List<SimLine> lines() {
        return List.copyOf(lines);
    }

    public List<SimLine> activeLines() {
        return lines.stream().filter(l -> !l.cancelled).toList();
    }

    /** Packages that still carry a line: a package whose lines were all cancelled is CANCELLED. */
    List<SimPackage> livePackages() {
        return packages.stream().filter(p -> !p.cancelled()).toList();
    }

    SimLine line(String lineId) {
        return lines.stream().filter(l -> l.id.equals(lineId)).findFirst().orElseThrow();
    }

    public boolean settled() {
        return settled;
    }

    public Long deliveredTime() {
        return deliveredTime;
    }

    /** @param regionCode ISO country, e.g. US or GB */
    record Recipient(String name, String phone, String addressLine1, String addressLine2, String city,
            String state, String postalCode, String regionCode, String country) {
    }
}
