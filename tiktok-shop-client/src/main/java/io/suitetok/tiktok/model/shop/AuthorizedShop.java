package io.suitetok.tiktok.model.shop;

/** A shop the seller authorized; {@code cipher} goes in {@code shop_cipher} on shop calls. */
public record AuthorizedShop(String id, String name, String region, String sellerType, String cipher, String code) {
}
