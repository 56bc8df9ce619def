package io.suitetok.orders.returns;

import java.math.BigDecimal;
import java.util.List;

/**
 * A return with where its NetSuite records stand: the internal id of each record once written (the
 * Return Authorization, the Item Receipt, the Credit Memo and the Customer Refund).
 *
 * @param state      PENDING (records to write), WAITING_FOR_SALES_ORDER, DONE (nothing more to write
 *                   for TikTok's current status) or PARKED (with reasons)
 * @param raTracking the buyer's tracking number as last written on the RA
 */
public record StoredReturn(OrderReturn snapshot, String state, List<String> reasons, String raId, String raTracking,
                           boolean raClosed, String receiptId, String creditMemoId, BigDecimal creditedAmount,
                           String customerRefundId) {

    public static final String PENDING = "PENDING";
    public static final String WAITING_FOR_SALES_ORDER = "WAITING_FOR_SALES_ORDER";
    public static final String DONE = "DONE";
    public static final String PARKED = "PARKED";

    public String shopId() {
        return snapshot.shopId();
    }

    public String returnId() {
        return snapshot.returnId();
    }

    public String orderId() {
        return snapshot.orderId();
    }
}
