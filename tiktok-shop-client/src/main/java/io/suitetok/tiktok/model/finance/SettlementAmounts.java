package io.suitetok.tiktok.model.finance;

import java.math.BigDecimal;

/**
 * The amounts of a settlement row, by TikTok's field names (Finance API 202309: statement transactions,
 * an order's statement transactions and their per-SKU rows all carry this same set). Decimal strings
 * read into BigDecimal; fees and costs are negative. TikTok fills a field only where it applies to the
 * market (referral and transaction fees in the US, platform commission in the UK, FBT fees for orders
 * TikTok fulfils, sales tax and the retail delivery fee in the US), so any of them may be null.
 * Documented identities: {@code settlement = revenue + fee + adjustment}; {@code revenue =
 * customer_payment + platform_discount + platform_discount_refund + customer_order_refund +
 * shipping_fee_subsidy}; {@code customer_payment = after_seller_discounts_subtotal +
 * customer_shipping_fee − platform_discount + sales_tax_payment}.
 */
public record SettlementAmounts(
        BigDecimal settlementAmount,
        BigDecimal revenueAmount,
        BigDecimal feeAmount,
        BigDecimal adjustmentAmount,
        // What the buyer paid and what came back
        BigDecimal grossSalesAmount,
        BigDecimal grossSalesRefundAmount,
        BigDecimal sellerDiscountAmount,
        BigDecimal sellerDiscountRefundAmount,
        BigDecimal netSalesAmount,
        BigDecimal afterSellerDiscountsSubtotalAmount,
        BigDecimal customerPaymentAmount,
        BigDecimal customerShippingFeeAmount,
        BigDecimal platformDiscountAmount,
        BigDecimal platformDiscountRefundAmount,
        BigDecimal customerOrderRefundAmount,
        BigDecimal customerRefundAmount,
        BigDecimal platformRefundSubsidyAmount,
        BigDecimal shippingFeeSubsidyAmount,
        // Fees
        BigDecimal platformCommissionAmount,
        BigDecimal referralFeeAmount,
        BigDecimal transactionFeeAmount,
        BigDecimal refundAdministrationFeeAmount,
        BigDecimal affiliateCommissionAmount,
        BigDecimal affiliatePartnerCommissionAmount,
        BigDecimal affiliateAdsCommissionAmount,
        BigDecimal affiliateCommissionBeforePit,
        BigDecimal pitAmount,
        // Shipping
        BigDecimal shippingFeeAmount,
        BigDecimal actualShippingFeeAmount,
        BigDecimal platformShippingFeeDiscountAmount,
        BigDecimal actualReturnShippingFeeAmount,
        BigDecimal signatureConfirmationFeeAmount,
        BigDecimal shippingCostAmount,
        BigDecimal fbmShippingCostAmount,
        BigDecimal fbtShippingCostAmount,
        BigDecimal fbtFulfillmentFeeAmount,
        BigDecimal shippingCostDiscountAmount,
        BigDecimal refundShippingCostDiscountAmount,
        BigDecimal customerShippingFeeOffsetAmount,
        BigDecimal promoShippingIncentiveAmount,
        // Taxes TikTok collects and remits
        BigDecimal salesTaxAmount,
        BigDecimal salesTaxPaymentAmount,
        BigDecimal salesTaxRefundAmount,
        BigDecimal retailDeliveryFeeAmount,
        BigDecimal retailDeliveryFeePaymentAmount,
        BigDecimal retailDeliveryFeeRefundAmount) {
}
