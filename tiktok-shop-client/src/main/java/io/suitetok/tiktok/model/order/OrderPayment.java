package io.suitetok.tiktok.model.order;

import java.math.BigDecimal;

/**
 * The order's payment block; TikTok sends every amount as a decimal string in major units, read
 * here straight into BigDecimal.
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
        BigDecimal totalAmount) {
}
