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
    CANCELLED,
    /**
     * A status TikTok sent that the hub does not know (TikTok adds values without notice). The order
     * is kept with TikTok's own spelling ({@link Order#tiktokStatus()}) and parked, not dropped.
     */
    UNKNOWN;

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
        if (normalized.equals(UNKNOWN.name())) {
            throw new IllegalArgumentException("unknown TikTok order status '" + text + "'");
        }
        try {
            return valueOf(normalized);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown TikTok order status '" + text + "'", e);
        }
    }

    /**
     * Like {@link #fromTikTok} but an unrecognised value reads as {@link #UNKNOWN}, for payloads that must
     * be kept whatever TikTok sends; a missing value is still an error.
     */
    public static OrderStatus readTikTok(String text) {
        try {
            return fromTikTok(text);
        } catch (IllegalArgumentException e) {
            if (text == null || text.isBlank()) {
                throw e;
            }
            return UNKNOWN;
        }
    }

    /** Paid and not cancelled: the moment an order deserves a Sales Order. Unknown is not known to be paid. */
    public boolean isPaid() {
        return this != UNPAID && this != CANCELLED && this != UNKNOWN;
    }
}
