package io.suitetok.tiktok.model.order;

import java.math.BigDecimal;

/**
 * The order's payment block; TikTok sends every amount as a decimal string in major units, read
 * here straight into BigDecimal. The buyer-paid charges after {@code totalAmount} exist only in some
 * markets ({@code small_order_fee} TH, {@code buyer_service_fee} ID, insurance and handling where
 * offered); they are part of what the buyer paid, so {@code total_amount} only ties out with them.
 */
public record OrderPayment(
        String currency,
        BigDecimal originalTotalProductPrice,
        BigDecimal sellerDiscount,
        BigDecimal platformDiscount,
        BigDecimal subTotal,
        BigDecimal originalShippingFee,
        BigDecimal shippingFeeSellerDiscount,
        BigDecimal shippingFeePlatformDiscount,
        BigDecimal shippingFee,
        BigDecimal tax,
        BigDecimal productTax,
        BigDecimal shippingFeeTax,
        BigDecimal retailDeliveryFee,
        BigDecimal totalAmount,
        BigDecimal buyerServiceFee,
        BigDecimal handlingFee,
        BigDecimal itemInsuranceFee,
        BigDecimal shippingInsuranceFee,
        BigDecimal smallOrderFee) {

    /** The constructor from before the buyer-paid charges, kept so existing callers still compile. */
    public OrderPayment(String currency, BigDecimal originalTotalProductPrice, BigDecimal sellerDiscount,
            BigDecimal platformDiscount, BigDecimal subTotal, BigDecimal originalShippingFee,
            BigDecimal shippingFeeSellerDiscount, BigDecimal shippingFeePlatformDiscount, BigDecimal shippingFee,
            BigDecimal tax, BigDecimal productTax, BigDecimal shippingFeeTax, BigDecimal retailDeliveryFee,
            BigDecimal totalAmount) {
        this(currency, originalTotalProductPrice, sellerDiscount, platformDiscount, subTotal, originalShippingFee,
                shippingFeeSellerDiscount, shippingFeePlatformDiscount, shippingFee, tax, productTax, shippingFeeTax,
                retailDeliveryFee, totalAmount, null, null, null, null, null);
    }
}
