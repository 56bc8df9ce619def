package io.suitetok.model.settlement;

import java.util.List;

/**
 * The payload of {@code OrdersSettled} on {@code settlement.statements.v1}: up to a thousand TikTok orders
 * whose transactions (sale or refund) are in one statement, so the order journey can say "settled in
 * statement X, paid out in payment Y" without an event per order.
 *
 * @param paymentId     TikTok's payment of the statement, null while TikTok has not paid it
 * @param paymentStatus TikTok's status of that payment (PAID, PROCESSING, FAILED), null with it
 */
public record OrdersSettled(String shopId, String statementId, String paymentId, String paymentStatus,
        List<String> orderIds) {

    public OrdersSettled {
        orderIds = orderIds == null ? List.of() : List.copyOf(orderIds);
    }
}
