package io.suitetok.sandbox.tiktok.promotions;

/**
 * Create Activity's {@code activity_type} values (lywzx CreateActivity docs): FIXED_PRICE and FLASHSALE
 * take an activity price, DIRECT_DISCOUNT a percentage off.
 */
public enum ActivityKind {
    FIXED_PRICE, DIRECT_DISCOUNT, FLASHSALE;

    public boolean pricedByAmount() {
        return this != DIRECT_DISCOUNT;
    }
}
