package io.suitetok.sandbox.tiktok.orders;

import java.util.ArrayList;
import java.util.List;

/**
 * A package of an order: the unit lines shipped together. TikTok creates one when the order is
 * paid (AWAITING_SHIPMENT); the seller may split it before shipping. Mutated only under the
 * {@code StateLock}.
 */
final class SimPackage {

    static final String TO_FULFILL = "TO_FULFILL";
    /** Arranged with TikTok's carrier, waiting to be collected. */
    static final String PROCESSING = "PROCESSING";
    /** With the carrier, in transit. */
    static final String FULFILLING = "FULFILLING";
    static final String COMPLETED = "COMPLETED";
    static final String CANCELLED = "CANCELLED";

    final String id;
    final String orderId;
    final long createTime;
    final List<String> lineIds = new ArrayList<>();
    String status = TO_FULFILL;
    String trackingNumber;
    String shippingProviderId;
    String shippingProviderName;
    String handoverMethod;
    long updateTime;

    SimPackage(String id, String orderId, long createTime, List<String> lineIds) {
        this.id = id;
        this.orderId = orderId;
        this.createTime = createTime;
        this.updateTime = createTime;
        this.lineIds.addAll(lineIds);
    }

    boolean shipped() {
        return status.equals(PROCESSING) || status.equals(FULFILLING) || status.equals(COMPLETED);
    }

    boolean cancelled() {
        return status.equals(CANCELLED);
    }

    void shippedWith(String providerId, String providerName, String tracking, String newStatus, long now) {
        shippingProviderId = providerId;
        shippingProviderName = providerName;
        trackingNumber = tracking;
        status = newStatus;
        touch(now);
    }

    void touch(long now) {
        updateTime = Math.max(now, updateTime + 1);
    }
}
