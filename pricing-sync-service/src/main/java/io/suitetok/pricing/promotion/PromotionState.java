package io.suitetok.pricing.promotion;

/** Where a NetSuite promotion stands in one shop (table promotion_activity). */
public enum PromotionState {
    /** Written before Create Activity: after a crash the activity is found again by its title. */
    CREATING,
    /** Sent and accepted; buyers get its prices between its begin and end. */
    ACTIVE,
    /** Ended early, withdrawn or gone in NetSuite; the reason says which. */
    DEACTIVATED,
    /** Never sent; the reason says what to change. */
    REFUSED;

    boolean open() {
        return this == CREATING || this == ACTIVE;
    }
}
