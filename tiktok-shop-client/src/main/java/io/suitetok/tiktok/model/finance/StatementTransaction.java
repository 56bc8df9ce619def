package io.suitetok.tiktok.model.finance;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One row of Get Statement Transactions: an order's settlement ({@code type} ORDER, with
 * {@code order_id}) or an adjustment ({@code type} the adjustment's kind, with {@code adjustment_id}
 * and, when it concerns one, {@code adjustment_order_id}). The statement is the one asked for; these
 * rows carry neither a status nor a statement id.
 *
 * @param otherAmounts the row's {@code *_amount} fields that {@link SettlementAmounts} does not know
 *        (a fee type TikTok added), by wire name in the order sent; empty when there are none
 */
public record StatementTransaction(
        String id,
        String type,
        String orderId,
        String adjustmentId,
        String adjustmentOrderId,
        Long orderCreateTime,
        String currency,
        SettlementAmounts amounts,
        Map<String, BigDecimal> otherAmounts) {

    public StatementTransaction {
        otherAmounts = otherAmounts == null ? Map.of() : otherAmounts;
    }

    /** A row without unknown amounts (the shape before {@code otherAmounts} existed). */
    public StatementTransaction(String id, String type, String orderId, String adjustmentId, String adjustmentOrderId,
            Long orderCreateTime, String currency, SettlementAmounts amounts) {
        this(id, type, orderId, adjustmentId, adjustmentOrderId, orderCreateTime, currency, amounts, Map.of());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StatementTransaction read(JsonNode row) {
        return new StatementTransaction(FinanceRows.text(row, "id"), FinanceRows.text(row, "type"),
                FinanceRows.text(row, "order_id"), FinanceRows.text(row, "adjustment_id"),
                FinanceRows.text(row, "adjustment_order_id"), FinanceRows.number(row, "order_create_time"),
                FinanceRows.text(row, "currency"), FinanceRows.amounts(row), FinanceRows.otherAmounts(row));
    }

    public boolean isOrder() {
        return "ORDER".equals(type);
    }
}
