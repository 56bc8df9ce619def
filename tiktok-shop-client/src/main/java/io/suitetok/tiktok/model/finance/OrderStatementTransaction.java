package io.suitetok.tiktok.model.finance;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.Map;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One settlement of one order (Get Order Statement Transactions): its {@code status} (normally
 * SETTLED: only settled orders are listed), the statement it went into, the amounts and the per-SKU
 * rows. The order is the one asked for; there is no {@code type} or {@code order_id} on the row.
 *
 * @param otherAmounts the row's {@code *_amount} fields that {@link SettlementAmounts} does not know, as on
 *        {@link StatementTransaction#otherAmounts()}
 */
public record OrderStatementTransaction(
        String id,
        String status,
        String statementId,
        Long statementTime,
        String currency,
        SettlementAmounts amounts,
        List<SkuStatementTransaction> skuStatementTransactions,
        Map<String, BigDecimal> otherAmounts) {

    public OrderStatementTransaction {
        otherAmounts = otherAmounts == null ? Map.of() : otherAmounts;
    }

    /** A row without unknown amounts (the shape before {@code otherAmounts} existed). */
    public OrderStatementTransaction(String id, String status, String statementId, Long statementTime, String currency,
            SettlementAmounts amounts, List<SkuStatementTransaction> skuStatementTransactions) {
        this(id, status, statementId, statementTime, currency, amounts, skuStatementTransactions, Map.of());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static OrderStatementTransaction read(JsonNode row) {
        List<SkuStatementTransaction> skus = row.path("sku_statement_transactions").isArray()
                ? row.path("sku_statement_transactions").valueStream().map(SkuStatementTransaction::read).toList()
                : List.of();
        return new OrderStatementTransaction(FinanceRows.text(row, "id"), FinanceRows.text(row, "status"),
                FinanceRows.text(row, "statement_id"), FinanceRows.number(row, "statement_time"),
                FinanceRows.text(row, "currency"), FinanceRows.amounts(row), skus,
                FinanceRows.otherAmounts(row));
    }
}
