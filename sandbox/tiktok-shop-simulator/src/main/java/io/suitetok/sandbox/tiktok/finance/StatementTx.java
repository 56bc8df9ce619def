package io.suitetok.sandbox.tiktok.finance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement transaction: an order's settlement, a refund after settlement, or an adjustment.
 * Amounts are kept by TikTok's field names; {@code settlement_amount = revenue_amount +
 * fee_amount + adjustment_amount} holds for every one by construction.
 */
final class StatementTx {

    final String id;
    final String type;
    final String statementId;
    final long statementTime;
    final String orderId;
    final Long orderCreateTime;
    final String adjustmentId;
    final String adjustmentOrderId;
    final String currency;
    final Map<String, BigDecimal> amounts;
    final List<Map<String, Object>> skuLines;

    StatementTx(String id, String type, String statementId, long statementTime, String orderId, Long orderCreateTime,
            String adjustmentId, String adjustmentOrderId, String currency, Map<String, BigDecimal> amounts,
            List<Map<String, Object>> skuLines) {
        this.id = id;
        this.type = type;
        this.statementId = statementId;
        this.statementTime = statementTime;
        this.orderId = orderId;
        this.orderCreateTime = orderCreateTime;
        this.adjustmentId = adjustmentId;
        this.adjustmentOrderId = adjustmentOrderId;
        this.currency = currency;
        this.amounts = new LinkedHashMap<>(amounts);
        this.skuLines = List.copyOf(skuLines);
        BigDecimal revenue = amount("revenue_amount");
        BigDecimal fee = amount("fee_amount");
        BigDecimal adjustment = amount("adjustment_amount");
        this.amounts.put("settlement_amount", revenue.add(fee).add(adjustment));
    }

    /**
     * Books one more fee component: the field itself (added to what is there), and the same amount into
     * {@code fee_amount} and {@code settlement_amount}, so both identities keep holding.
     */
    void addFee(String field, BigDecimal amount) {
        amounts.merge(field, amount, BigDecimal::add);
        amounts.put("fee_amount", amount("fee_amount").add(amount));
        amounts.put("settlement_amount", amount("settlement_amount").add(amount));
    }

    BigDecimal amount(String field) {
        return amounts.getOrDefault(field, BigDecimal.ZERO.setScale(2));
    }
}
