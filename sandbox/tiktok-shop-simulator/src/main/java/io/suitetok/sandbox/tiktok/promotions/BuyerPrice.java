package io.suitetok.sandbox.tiktok.promotions;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a buyer pays for one unit of a SKU (pre-tax, shop currency) and why.
 *
 * @param skuPrice   the SKU's own price at that time
 * @param activityId the activity whose terms give {@code amount}; null when the buyer pays the SKU price
 * @param since      when this price took effect (shop clock); only set in a price history
 *
 * Amounts go out as decimal strings on the control API, as TikTok writes money.
 */
public record BuyerPrice(String skuId, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal skuPrice, String currency, String activityId,
        Instant since) {

    /** What the seller gives up per unit through the activity: TikTok's {@code seller_discount}. */
    public BigDecimal activityDiscount() {
        return skuPrice.subtract(amount);
    }

    BuyerPrice since(Instant at) {
        return new BuyerPrice(skuId, amount, skuPrice, currency, activityId, at);
    }

    boolean samePriceAs(BuyerPrice other) {
        return other != null && amount.compareTo(other.amount) == 0 && java.util.Objects.equals(activityId,
                other.activityId);
    }
}
