package io.suitetok.sandbox.tiktok.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The order's {@code payment} block, fixed when the order is placed, holding TikTok's identities
 * to the cent:
 * {@code sub_total = original_total_product_price - seller_discount - platform_discount},
 * {@code shipping_fee = original_shipping_fee - shipping_fee_seller_discount - shipping_fee_platform_discount},
 * {@code tax = product_tax + shipping_fee_tax},
 * {@code total_amount = sub_total + shipping_fee + tax + retail_delivery_fee + buyer-paid charges}
 * (the charges, {@code buyer_service_fee} and the like, by TikTok's field names; the simulator's choice
 * is that they are TikTok's and never reach the seller's settlement).
 */
public record PaymentBlock(String currency, BigDecimal originalTotalProductPrice, BigDecimal sellerDiscount,
        BigDecimal platformDiscount, BigDecimal subTotal, BigDecimal originalShippingFee,
        BigDecimal shippingFeeSellerDiscount, BigDecimal shippingFeePlatformDiscount, BigDecimal shippingFee,
        BigDecimal productTax, BigDecimal shippingFeeTax, BigDecimal tax, BigDecimal retailDeliveryFee,
        BigDecimal totalAmount, Map<String, BigDecimal> buyerFees) {

    static PaymentBlock of(String currency, List<SimLine> lines, BigDecimal originalShipping,
            BigDecimal shippingSellerDiscount, BigDecimal shippingPlatformDiscount, Map<String, BigDecimal> buyerFees) {
        BigDecimal original = sum(lines.stream().map(l -> l.originalPrice).toList());
        BigDecimal seller = sum(lines.stream().map(l -> l.sellerDiscount).toList());
        BigDecimal platform = sum(lines.stream().map(l -> l.platformDiscount).toList());
        BigDecimal productTax = sum(lines.stream().map(l -> l.tax).toList());
        BigDecimal subTotal = original.subtract(seller).subtract(platform);
        BigDecimal shipping = originalShipping.subtract(shippingSellerDiscount).subtract(shippingPlatformDiscount);
        BigDecimal shippingTax = BigDecimal.ZERO.setScale(2);
        BigDecimal tax = productTax.add(shippingTax);
        BigDecimal retailDeliveryFee = BigDecimal.ZERO.setScale(2);
        BigDecimal fees = sum(List.copyOf(buyerFees.values()));
        return new PaymentBlock(currency, original, seller, platform, subTotal, originalShipping,
                shippingSellerDiscount, shippingPlatformDiscount, shipping, productTax, shippingTax, tax,
                retailDeliveryFee, subTotal.add(shipping).add(tax).add(retailDeliveryFee).add(fees),
                new java.util.TreeMap<>(buyerFees));
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
