package io.suitetok.tiktok.model.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit of one SKU in an order; {@code skuType} PRE_ORDER marks a pre-order unit. Once the
 * order has packages, {@code packageId} names the unit's package and {@code packageStatus}
 * (TO_FULFILL, PROCESSING, FULFILLING, COMPLETED, CANCELLED) says how far it got; the carrier and
 * tracking number appear once the package has shipped. A combined listing (one listing sold as a
 * bundle of the seller's own SKUs) names its components in {@code combinedListingSkus}: stock leaves
 * the components, not the listing's SKU. The line-level fees are this unit's share of the order's.
 */
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
        List<ItemTax> itemTax,
        String packageStatus,
        String trackingNumber,
        String shippingProviderId,
        String shippingProviderName,
        List<CombinedListingSku> combinedListingSkus,
        BigDecimal retailDeliveryFee,
        BigDecimal smallOrderFee,
        BigDecimal buyerServiceFee) {

    /** The constructor from before the package fields, kept so existing callers still compile. */
    public OrderLineItem(String id, String skuId, String productId, String productName, String skuName,
            String sellerSku, String currency, BigDecimal originalPrice, BigDecimal salePrice,
            BigDecimal sellerDiscount, BigDecimal platformDiscount, String displayStatus, String packageId,
            Boolean isGift, String skuType, String cancelReason, List<ItemTax> itemTax) {
        this(id, skuId, productId, productName, skuName, sellerSku, currency, originalPrice, salePrice,
                sellerDiscount, platformDiscount, displayStatus, packageId, isGift, skuType, cancelReason, itemTax,
                null, null, null, null);
    }

    /** The constructor from before the combined listing and fee fields, kept so existing callers compile. */
    public OrderLineItem(String id, String skuId, String productId, String productName, String skuName,
            String sellerSku, String currency, BigDecimal originalPrice, BigDecimal salePrice,
            BigDecimal sellerDiscount, BigDecimal platformDiscount, String displayStatus, String packageId,
            Boolean isGift, String skuType, String cancelReason, List<ItemTax> itemTax, String packageStatus,
            String trackingNumber, String shippingProviderId, String shippingProviderName) {
        this(id, skuId, productId, productName, skuName, sellerSku, currency, originalPrice, salePrice,
                sellerDiscount, platformDiscount, displayStatus, packageId, isGift, skuType, cancelReason, itemTax,
                packageStatus, trackingNumber, shippingProviderId, shippingProviderName, null, null, null, null);
    }

    /** One component of a combined listing: {@code skuCount} units of it go out per unit sold. */
    public record CombinedListingSku(String skuId, String productId, String sellerSku, Integer skuCount) {
    }

    public record ItemTax(String taxType, BigDecimal taxAmount, BigDecimal taxRate) {
    }
}
