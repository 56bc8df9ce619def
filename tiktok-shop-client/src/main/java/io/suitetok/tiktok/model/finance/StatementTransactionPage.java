package io.suitetok.tiktok.model.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One page of a statement's transactions, headed by the statement's own totals (the same on every
 * page): {@code settlement = revenue + fee + adjustment}.
 */
public record StatementTransactionPage(
        String statementId,
        Long statementTime,
        String currency,
        BigDecimal settlementAmount,
        BigDecimal revenueAmount,
        BigDecimal feeAmount,
        BigDecimal adjustmentAmount,
        Integer totalCount,
        List<StatementTransaction> statementTransactions,
        String nextPageToken) {

    /**
     * Reads a page from the {@code data} object already parsed. The mapper would copy every row into a new
     * tree for {@link StatementTransaction}'s creator; a statement of a million lines is ten thousand pages,
     * so each row is read from the one tree the response was parsed into.
     */
    public static StatementTransactionPage from(JsonNode data) {
        JsonNode rows = data.path("statement_transactions");
        List<StatementTransaction> transactions = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            transactions.add(StatementTransaction.read(row));
        }
        return new StatementTransactionPage(FinanceRows.text(data, "statement_id"),
                FinanceRows.number(data, "statement_time"), FinanceRows.text(data, "currency"),
                FinanceRows.decimal(data, "settlement_amount"), FinanceRows.decimal(data, "revenue_amount"),
                FinanceRows.decimal(data, "fee_amount"), FinanceRows.decimal(data, "adjustment_amount"),
                FinanceRows.integer(data, "total_count"), transactions, FinanceRows.text(data, "next_page_token"));
    }

    public boolean hasMore() {
        return nextPageToken != null && !nextPageToken.isEmpty();
    }
}
