package io.suitetok.tiktok.model.order;

import java.math.BigDecimal;
import java.util.List;

/** One unit of one SKU in an order; {@code skuType} PRE_ORDER marks a pre-order unit. */
public record OrderLineItem(
        String id,
        String skuId,
        String productId,
        String productName,
        String skuName,
        String sellerSku,
        String currency,
        BigDecimal originalPrice,
        BigDecimal salePrice,
        BigDecimal sellerDiscount,
        BigDecimal platformDiscount,
        String displayStatus,
        String packageId,
        Boolean isGift,
        String skuType,
        String cancelReason,
        List<ItemTax> itemTax) {

    public record ItemTax(String taxType, BigDecimal taxAmount, BigDecimal taxRate) {
    }
}
