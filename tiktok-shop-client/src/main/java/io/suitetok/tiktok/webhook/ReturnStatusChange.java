package io.suitetok.tiktok.webhook;

import io.suitetok.tiktok.model.order.ReturnStatus;

/**
 * Webhook type 12 (RETURN_STATUS_CHANGE). Only a signal: amounts and lines are read back through
 * Search Returns, because notifications can arrive late, twice or out of order.
 */
public record ReturnStatusChange(
        String shopId,
        String orderId,
        String returnId,
        String returnRole,
        String returnType,
        ReturnStatus returnStatus,
        String returnStatusText,
        Long createTime,
        Long updateTime) {
}
