package io.suitetok.sandbox.tiktok.promotions;

/**
 * The statuses the simulator's activities go through, by the shop clock. TikTok also documents DRAFT
 * and NOT_EFFECTIVE without saying when an API-created activity shows them, so the simulator never
 * does (UNVERIFIED).
 */
public enum ActivityStatus {
    NOT_START, ONGOING, EXPIRED, DEACTIVATED;

    /** Whether the activity still runs or will: it can be edited, deactivated, and it holds its SKUs. */
    public boolean live() {
        return this == NOT_START || this == ONGOING;
    }
}
