package io.suitetok.catalog.listing;

import io.suitetok.model.catalog.ListingStatus;

/** TikTok's product statuses in the hub's terms. */
final class TikTokProductStatus {

    private TikTokProductStatus() {
    }

    static ListingStatus toListingStatus(String tiktokStatus) {
        if (tiktokStatus == null) {
            return ListingStatus.PENDING_AUDIT;
        }
        return switch (tiktokStatus) {
            case "ACTIVATE" -> ListingStatus.LIVE;
            case "FAILED" -> ListingStatus.FAILED_AUDIT;
            case "SELLER_DEACTIVATED", "PLATFORM_DEACTIVATED", "FREEZE", "DELETED" -> ListingStatus.DEACTIVATED;
            default -> ListingStatus.PENDING_AUDIT;
        };
    }
}
