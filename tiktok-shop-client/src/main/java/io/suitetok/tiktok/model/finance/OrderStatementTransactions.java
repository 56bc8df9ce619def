package io.suitetok.tiktok.model.finance;

import java.util.List;

/** Get Order Statement Transactions: normally only settled orders have any. */
public record OrderStatementTransactions(String orderId, List<StatementTransaction> statementTransactions) {
}
