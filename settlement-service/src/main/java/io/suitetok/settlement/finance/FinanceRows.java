package io.suitetok.settlement.finance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Each finance list's rows as ordered maps: one shape for the JSON answer and the CSV file alike. */
final class FinanceRows {

    static final List<String> STATEMENT = List.of("statementId", "shopId", "statementTime", "currency",
            "settlementAmount", "revenueAmount", "feeAmount", "adjustmentAmount", "linesSettlement", "lineCount",
            "unmatchedCount", "state", "journalEntryId", "paymentId", "paymentStatus", "reasons");
    static final List<String> LINE = List.of("transactionId", "statementId", "shopId", "type", "orderId",
            "adjustmentId", "adjustmentOrderId", "currency", "settlementAmount", "revenueAmount", "feeAmount",
            "adjustmentAmount", "refundAmount", "fees", "unknownAmounts", "matchStatus", "matchReason", "returnId",
            "resolvedBy", "resolvedAt", "resolutionNote");
    static final List<String> POSTING = List.of("statementId", "kind", "feeType", "account", "debit", "credit",
            "currency", "memo");
    static final List<String> ORDER_DIFF = List.of("shopId", "orderId", "currency", "expectedNet", "settled", "paid",
            "difference", "cause");

    private FinanceRows() {
    }

    static Map<String, Object> of(StatementView s) {
        return row(STATEMENT, s.getStatementId(), s.getShopId(), s.getStatementTime(), s.getCurrency(),
                s.getSettlementAmount(), s.getRevenueAmount(), s.getFeeAmount(), s.getAdjustmentAmount(),
                s.getLinesSettlement(), s.getLineCount(), s.getUnmatchedCount(), s.getState(), s.getJournalEntryId(),
                s.getPaymentId(), s.getPaymentStatus(), s.getReasons());
    }

    static Map<String, Object> of(StatementLineView l) {
        return row(LINE, l.getTransactionId(), l.getStatementId(), l.getShopId(), l.getType(), l.getOrderId(),
                l.getAdjustmentId(), l.getAdjustmentOrderId(), l.getCurrency(), l.getSettlementAmount(),
                l.getRevenueAmount(), l.getFeeAmount(), l.getAdjustmentAmount(), l.getRefundAmount(), l.getFees(),
                l.getUnknownAmounts(), l.getMatchStatus(), l.getMatchReason(), l.getReturnId(), l.getResolvedBy(),
                l.getResolvedAt(), l.getResolutionNote());
    }

    static Map<String, Object> of(GlPostingView p) {
        return row(POSTING, p.getStatementId(), p.getKind(), p.getFeeType(), p.getAccount(), p.getDebit(),
                p.getCredit(), p.getCurrency(), p.getMemo());
    }

    static Map<String, Object> of(Reconciliation.OrderDiff d) {
        return row(ORDER_DIFF, d.shopId(), d.orderId(), d.currency(), d.expectedNet(), d.settled(), d.paid(),
                d.difference(), d.cause());
    }

    private static Map<String, Object> row(List<String> columns, Object... values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            row.put(columns.get(i), values[i]);
        }
        return row;
    }
}
