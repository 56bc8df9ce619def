package io.suitetok.tiktok.model.order;

/** One returned unit (TikTok has one order line per unit) and what is refunded for it. */
public record ReturnLineItem(
        String returnLineItemId,
        String orderLineItemId,
        String skuId,
        String sellerSku,
        RefundAmount refundAmount) {
}
