package io.suitetok.tiktok.model.finance;

import java.util.List;

/** Get Order Statement Transactions: normally only settled orders have any. */
public record OrderStatementTransactions(String orderId, Long orderCreateTime,
        List<OrderStatementTransaction> statementTransactions) {
}
