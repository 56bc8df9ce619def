package io.suitetok.settlement.intake;

import io.suitetok.tiktok.model.finance.SettlementAmounts;
import io.suitetok.tiktok.model.finance.StatementTransaction;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One statement transaction as the hub stores it: TikTok's figures, the fee components one by one, and any
 * amount field the hub does not know (kept, never dropped: it is surfaced as an unknown fee type).
 *
 * @param refundAmount the part of revenue that went back to the buyer or to TikTok for a refund (negative):
 *                     {@code customer_order_refund_amount + platform_discount_refund_amount}
 * @param platformDiscountRefund of {@code refundAmount}, the platform discount TikTok takes back (negative): the
 *                     Credit Memo does not credit it, so the Journal Entry posts it on its own account
 */
public record IngestedLine(String transactionId, String statementId, String shopId, String type, String orderId,
                           String adjustmentId, String adjustmentOrderId, String currency, BigDecimal settlement,
                           BigDecimal revenue, BigDecimal fee, BigDecimal adjustment, BigDecimal refundAmount,
                           BigDecimal platformDiscountRefund, Map<String, BigDecimal> fees, Map<String, BigDecimal> unknownAmounts) {

    public static IngestedLine of(String shopId, String statementId, String statementCurrency, StatementTransaction tx,
            Map<String, BigDecimal> unknownAmounts) {
        SettlementAmounts amounts = tx.amounts();
        return new IngestedLine(tx.id(), statementId, shopId, tx.type() == null ? "UNKNOWN" : tx.type(), tx.orderId(),
                tx.adjustmentId(), tx.adjustmentOrderId(), tx.currency() != null ? tx.currency() : statementCurrency,
                orZero(amounts == null ? null : amounts.settlementAmount()),
                orZero(amounts == null ? null : amounts.revenueAmount()),
                orZero(amounts == null ? null : amounts.feeAmount()),
                orZero(amounts == null ? null : amounts.adjustmentAmount()),
                amounts == null ? BigDecimal.ZERO : orZero(amounts.customerOrderRefundAmount())
                        .add(orZero(amounts.platformDiscountRefundAmount())),
                amounts == null ? BigDecimal.ZERO : orZero(amounts.platformDiscountRefundAmount()),
                FeeComponents.of(amounts), unknownAmounts);
    }

    /** What the fee components do not explain of {@code fee_amount}: an unknown fee type when not zero. */
    public BigDecimal unexplainedFee() {
        return fee.subtract(fees.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
