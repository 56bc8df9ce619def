package io.suitetok.model.order;

import io.suitetok.model.id.TikTokWarehouseId;

/**
 * How the order leaves the warehouse: the TikTok warehouse it ships from (mapped to a NetSuite
 * location), the delivery option and provider (mapped to a NetSuite shipping method), and
 * whether TikTok's logistics or the seller ship it.
 */
public record Delivery(
        TikTokWarehouseId warehouseId,
        String deliveryOptionName,
        String shippingProvider,
        ShippingType shippingType) {

    public enum ShippingType {
        TIKTOK,
        SELLER
    }
}
