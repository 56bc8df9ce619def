package io.suitetok.model.catalog;

/** Where a SKU stands on TikTok, as far as the hub knows. */
public enum ListingStatus {
    /** Sent to TikTok, waiting for its audit. */
    PENDING_AUDIT,
    LIVE,
    FAILED_AUDIT,
    /** Deprecated in NetSuite: deactivated on TikTok, never deleted, so old orders stay intact. */
    DEACTIVATED,
    /** Not sent: it breaks a TikTok rule; the reason is kept for a merchandiser. */
    PARKED
}
