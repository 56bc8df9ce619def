package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import com.netsuite.webservices.transactions.sales_2025_2.SalesOrderItem;
import com.netsuite.webservices.transactions.sales_2025_2.types.SalesOrderOrderStatus;
import java.math.BigDecimal;

/** The order status fulfilments move an order through, and its display text. */
final class SalesOrderProgress {

    private SalesOrderProgress() {
    }

    static void update(SalesOrder order) {
        SalesOrderOrderStatus status = order.getOrderStatus();
        if (status == SalesOrderOrderStatus.PENDING_FULFILLMENT || status == SalesOrderOrderStatus.PARTIALLY_FULFILLED
                || status == SalesOrderOrderStatus.PENDING_BILLING_PART_FULFILLED
                || status == SalesOrderOrderStatus.PENDING_BILLING) {
            BigDecimal ordered = BigDecimal.ZERO;
            BigDecimal fulfilled = BigDecimal.ZERO;
            for (SalesOrderItem line : order.getItemList().getItem()) {
                if (!Boolean.TRUE.equals(line.isIsClosed())) {
                    ordered = ordered.add(line.getQuantity());
                    fulfilled = fulfilled.add(Quantities.orZero(line.getQuantityFulfilled()));
                }
            }
            if (fulfilled.signum() == 0) {
                status = SalesOrderOrderStatus.PENDING_FULFILLMENT;
            } else if (fulfilled.compareTo(ordered) >= 0) {
                status = SalesOrderOrderStatus.PENDING_BILLING;
            } else {
                status = SalesOrderOrderStatus.PENDING_BILLING_PART_FULFILLED;
            }
            order.setOrderStatus(status);
        }
        order.setStatus(text(order.getOrderStatus()));
    }

    private static String text(SalesOrderOrderStatus status) {
        return switch (status) {
            case PENDING_APPROVAL -> "Pending Approval";
            case PENDING_FULFILLMENT -> "Pending Fulfillment";
            case CANCELLED -> "Cancelled";
            case PARTIALLY_FULFILLED -> "Partially Fulfilled";
            case PENDING_BILLING_PART_FULFILLED -> "Pending Billing/Partially Fulfilled";
            case PENDING_BILLING -> "Pending Billing";
            case FULLY_BILLED -> "Billed";
            case CLOSED -> "Closed";
            case UNDEFINED -> "";
        };
    }
}
