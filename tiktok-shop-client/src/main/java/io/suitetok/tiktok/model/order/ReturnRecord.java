package io.suitetok.tiktok.model.order;

import java.util.List;

/**
 * A return or refund-only request and the unit lines it covers (Search Returns). {@code returnType}
 * stays text (REFUND, RETURN_AND_REFUND, REPLACEMENT) because TikTok adds kinds without notice.
 */
public record ReturnRecord(
        String returnId,
        String orderId,
        String returnType,
        ReturnStatus returnStatus,
        String role,
        Long createTime,
        Long updateTime,
        RefundAmount refundAmount,
        List<ReturnLineItem> returnLineItems,
        String returnTrackingNumber,
        String returnProviderName,
        PartialRefund partialRefund) {

    /** True when the seller offered less than the full refund ({@code partial_refund} carries an amount). */
    public boolean partiallyRefunded() {
        return partialRefund != null && partialRefund.amount() != null;
    }
}
