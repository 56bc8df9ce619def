package io.suitetok.model.order;

/**
 * The buyer as TikTok shows them. TikTok relays email through an anonymised address, and a
 * buyer without a TikTok user id (a guest) has no customer to match in NetSuite, so order sync
 * falls back to the shop's default customer.
 */
public record Buyer(String tiktokUserId, String email, String nickname, Address shippingAddress) {

    public static Buyer guest(Address shippingAddress) {
        return new Buyer(null, null, null, shippingAddress);
    }

    public boolean isGuest() {
        return tiktokUserId == null || tiktokUserId.isBlank();
    }
}
