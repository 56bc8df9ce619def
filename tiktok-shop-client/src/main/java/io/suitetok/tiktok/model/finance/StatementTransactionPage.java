package io.suitetok.tiktok.model.finance;

import java.math.BigDecimal;
import java.util.List;

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

    public boolean hasMore() {
        return nextPageToken != null && !nextPageToken.isEmpty();
    }
}
