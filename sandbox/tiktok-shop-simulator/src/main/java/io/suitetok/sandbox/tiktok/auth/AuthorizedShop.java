package io.suitetok.sandbox.tiktok.auth;

/** One shop of Get Authorized Shops: {@code id, name, region, seller_type, cipher, code} (reference §1.2). */
public record AuthorizedShop(String id, String name, String region, String sellerType, String cipher, String code) {
}
