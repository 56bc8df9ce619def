package io.suitetok.tiktok.model.order;

import java.math.BigDecimal;

/**
 * What TikTok refunds, in major units of {@code currency} as TikTok rounded them; the hub keeps
 * TikTok's figures rather than recomputing them, so credit memos match the refund to the cent.
 */
public record RefundAmount(
        String currency,
        BigDecimal refundSubtotal,
        BigDecimal refundShippingFee,
        BigDecimal refundTax,
        BigDecimal refundTotal) {
}
