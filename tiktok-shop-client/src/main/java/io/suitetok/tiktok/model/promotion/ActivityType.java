package io.suitetok.tiktok.model.promotion;

/**
 * TikTok's promotion activity types (Create Activity's {@code activity_type}). A FIXED_PRICE or
 * FLASHSALE activity carries an activity price per product or SKU; a DIRECT_DISCOUNT one a percentage
 * off. The type cannot be changed once the activity exists.
 */
public enum ActivityType {
    FIXED_PRICE,
    DIRECT_DISCOUNT,
    FLASHSALE,
    /** A type the hub does not create (other SDKs list SHIPPING_DISCOUNT, BUY_MORE_SAVE_MORE; UNVERIFIED). */
    OTHER;

    public static ActivityType fromWire(String value) {
        return java.util.Arrays.stream(values()).filter(type -> type.name().equals(value)).findFirst().orElse(OTHER);
    }

    /** Whether the activity's products carry {@code activity_price_amount} (else {@code discount}). */
    public boolean pricedByAmount() {
        return this != DIRECT_DISCOUNT;
    }
}
