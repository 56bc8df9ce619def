package io.suitetok.sandbox.tiktok.orders;

import java.math.BigDecimal;
import java.util.List;

/**
 * A completed cancellation of some or all unit lines of an order.
 *
 * @param role who cancelled: BUYER, SELLER or SYSTEM
 */
record Cancellation(String cancelId, String orderId, String shopId, String role, String reason, long createTime,
        List<String> lineIds, BigDecimal refundSubtotal, BigDecimal refundShipping, BigDecimal refundTax) {
}
