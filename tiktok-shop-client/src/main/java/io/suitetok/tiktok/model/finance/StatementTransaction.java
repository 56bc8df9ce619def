package io.suitetok.tiktok.model.finance;

import java.math.BigDecimal;
import java.util.List;

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
        BigDecimal salesTaxAmount,
        BigDecimal netSalesAmount,
        BigDecimal customerOrderRefundAmount,
        BigDecimal platformDiscountRefundAmount,
        BigDecimal shippingFeeSubsidyAmount,
        BigDecimal refundAdministrationFeeAmount,
        BigDecimal salesTaxPaymentAmount,
        BigDecimal salesTaxRefundAmount,
        List<SkuStatementTransaction> skuStatementTransactions) {

    /** Per-SKU rows of an order's settlement: the only place finance data carries a quantity. */
    public record SkuStatementTransaction(String skuId, String sellerSku, String skuName, String productName,
            Integer quantity) {
    }
}
