package io.suitetok.tiktok.model.order;

import java.util.List;

/**
 * An order as Get Order Detail returns it (202309). There is no quantity on line items: each
 * element of {@code lineItems} is one unit. Times are Unix seconds. The recipient address is absent
 * while the order is UNPAID or ON_HOLD.
 */
public record TikTokOrder(
        String id,
        String status,
        Long createTime,
        Long updateTime,
        Long paidTime,
        String userId,
        String buyerEmail,
        String buyerMessage,
        String warehouseId,
        String fulfillmentType,
        String shippingType,
        String deliveryOptionId,
        String deliveryOptionName,
        String shippingProvider,
        String shippingProviderId,
        String trackingNumber,
        List<PackageRef> packages,
        Boolean isSampleOrder,
        Boolean isOnHoldOrder,
        Boolean isReplacementOrder,
        String orderType,
        String cancelReason,
        String cancellationInitiator,
        OrderPayment payment,
        List<OrderLineItem> lineItems,
        RecipientAddress recipientAddress) {

    public record PackageRef(String id) {
    }
}
