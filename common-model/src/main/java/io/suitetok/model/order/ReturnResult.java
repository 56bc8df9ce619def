package io.suitetok.model.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where one TikTok return stands in NetSuite: the payload of {@code orders.returns.v1} (event types
 * {@code ReturnSettled} when everything TikTok's status asks for is written, {@code ReturnParked}).
 * Settlement matches a statement's refund lines with it: {@code creditedAmount} is TikTok's refund (less
 * tax TikTok remits), {@code platformRefund} the platform discount TikTok reclaims for the returned units.
 *
 * @param type              TikTok's return type (RETURN_AND_REFUND, REFUND, ...)
 * @param status            TikTok's return status the records reflect
 * @param state             DONE or PARKED
 * @param returnAuthorizationId, receiptId, creditMemoId, customerRefundId NetSuite internal ids, null until written
 * @param creditedAmount    the Credit Memo's total in {@code currency}, null until credited
 * @param refundTotal       TikTok's {@code refund_total}
 * @param unitLineIds       the TikTok unit lines returned
 * @param reasons           why it is parked; empty otherwise
 */
public record ReturnResult(String shopId, String orderId, String returnId, String type, String status, String state,
        String returnAuthorizationId, String receiptId, String creditMemoId, String customerRefundId,
        BigDecimal creditedAmount, String currency, BigDecimal refundTotal, BigDecimal platformRefund,
        List<String> unitLineIds, List<String> reasons) {

    public ReturnResult {
        unitLineIds = unitLineIds == null ? List.of() : List.copyOf(unitLineIds);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
