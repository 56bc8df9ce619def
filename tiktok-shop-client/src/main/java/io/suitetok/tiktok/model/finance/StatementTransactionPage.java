package io.suitetok.tiktok.model.finance;

import java.util.List;

/** One page of a statement's transactions, with the statement's own totals repeated. */
public record StatementTransactionPage(
        String statementId,
        List<StatementTransaction> statementTransactions,
        String nextPageToken) {

    public boolean hasMore() {
        return nextPageToken != null && !nextPageToken.isEmpty();
    }
}
