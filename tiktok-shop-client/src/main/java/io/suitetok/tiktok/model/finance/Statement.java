package io.suitetok.tiktok.model.finance;

import java.math.BigDecimal;

/**
 * One daily statement (statement_time is 00:00 UTC of its day). TikTok's identity:
 * settlement = revenue + fee + adjustment, fees negative. Some UK and US sellers get
 * {@code net_sales_amount} and {@code shipping_cost_amount} instead of {@code revenue_amount}.
 */
public record Statement(
        String id,
        Long statementTime,
        String currency,
        BigDecimal settlementAmount,
        BigDecimal revenueAmount,
        BigDecimal feeAmount,
        BigDecimal adjustmentAmount,
        String paymentStatus,
        String paymentId,
        BigDecimal netSalesAmount,
        BigDecimal shippingCostAmount) {
}
