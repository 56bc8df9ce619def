package io.suitetok.model.settlement;

import io.suitetok.model.Required;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokOrderId;
import io.suitetok.model.money.Money;
import java.util.Map;

/**
 * One TikTok statement transaction. {@code settlementAmount = revenueAmount + feeAmount +
 * adjustmentAmount}; fees are negative, as TikTok sends them. {@code fees} breaks the fee amount
 * down by TikTok fee type (referral, transaction, affiliate commission, shipping) so each maps to
 * its own GL account. {@code orderId} is absent for pure adjustments.
 */
public record SettlementLine(
        ShopId shopId,
        String statementId,
        String transactionId,
        String type,
        TikTokOrderId orderId,
        String adjustmentId,
        Money settlementAmount,
        Money revenueAmount,
        Money feeAmount,
        Money adjustmentAmount,
        Map<String, Money> fees) {

    public SettlementLine {
        Required.present("shopId", shopId, "statementId", statementId, "transactionId", transactionId,
                "settlementAmount", settlementAmount);
        fees = Map.copyOf(fees);
    }

    /** TikTok's own identity for a transaction; a line that breaks it needs a human. */
    public boolean addsUp() {
        return settlementAmount.isSameAmountAs(revenueAmount.plus(feeAmount).plus(adjustmentAmount));
    }
}
