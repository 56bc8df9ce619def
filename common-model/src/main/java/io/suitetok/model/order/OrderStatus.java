package io.suitetok.model.order;

import java.util.Locale;

/** TikTok's order statuses, in lifecycle order. */
public enum OrderStatus {
    UNPAID,
    /** Paid, but the buyer may still cancel freely: the seller must not ship yet. */
    ON_HOLD,
    AWAITING_SHIPMENT,
    PARTIALLY_SHIPPING,
    AWAITING_COLLECTION,
    IN_TRANSIT,
    DELIVERED,
    COMPLETED,
    CANCELLED;

    /**
     * Reads a status as TikTok spells it. The webhook page says {@code CANCEL} while the order API
     * says {@code CANCELLED}; both mean the same.
     */
    public static OrderStatus fromTikTok(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("order status is required");
        }
        String normalized = text.trim().toUpperCase(Locale.ROOT);
        if (normalized.equals("CANCEL")) {
            return CANCELLED;
        }
        try {
            return valueOf(normalized);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown TikTok order status '" + text + "'", e);
        }
    }

    /** Paid and not cancelled: the moment an order deserves a Sales Order. */
    public boolean isPaid() {
        return this != UNPAID && this != CANCELLED;
    }
}
