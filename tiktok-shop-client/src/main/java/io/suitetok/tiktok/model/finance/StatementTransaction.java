package io.suitetok.tiktok.model.finance;

import java.math.BigDecimal;

/**
 * One line of a statement: an order's settlement or an adjustment. Amount fields TikTok leaves out
 * for a market (UK vs US fee names differ) stay null.
 */
public record StatementTransaction(
        String id,
        String type,
        String status,
        String statementId,
        String orderId,
        String adjustmentId,
        String adjustmentOrderId,
        Long orderCreateTime,
        String currency,
        BigDecimal settlementAmount,
        BigDecimal revenueAmount,
        BigDecimal feeAmount,
        BigDecimal adjustmentAmount,
        BigDecimal customerPaymentAmount,
        BigDecimal customerRefundAmount,
        BigDecimal platformDiscountAmount,
        BigDecimal shippingFeeAmount,
        BigDecimal platformCommissionAmount,
        BigDecimal referralFeeAmount,
        BigDecimal transactionFeeAmount,
        BigDecimal affiliateCommissionAmount,
        BigDecimal salesTaxAmount) {
}
