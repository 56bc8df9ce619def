package io.suitetok.tiktok.http;

/** Whether an endpoint takes {@code shop_cipher}: TikTok refuses it where it is not expected. */
public enum ShopScope {
    /** Shop-scoped: {@code shop_cipher} is required. */
    SHOP,
    /** App- or seller-scoped: {@code shop_cipher} must not be sent. */
    NONE
}
