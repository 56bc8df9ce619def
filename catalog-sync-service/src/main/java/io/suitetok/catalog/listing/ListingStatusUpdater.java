package io.suitetok.catalog.listing;

import io.suitetok.catalog.store.Listing;
import io.suitetok.catalog.store.ListingStore;
import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.tiktok.api.ProductApi;
import io.suitetok.tiktok.spring.TikTokShops;
import java.util.Optional;

/**
 * Brings a listing's status in line with TikTok's audit. The product is read back from TikTok rather
 * than trusting the webhook's wording, so a late or duplicated webhook cannot set an old status.
 */
public class ListingStatusUpdater {

    private final ProductApi products;
    private final TikTokShops shops;
    private final ListingStore listings;
    private final ListingRecorder recorder;

    public ListingStatusUpdater(ProductApi products, TikTokShops shops, ListingStore listings,
            ListingRecorder recorder) {
        this.products = products;
        this.shops = shops;
        this.listings = listings;
        this.recorder = recorder;
    }

    /** @return the listing's status after the check, empty when the product is not the hub's */
    public Optional<ListingStatus> refresh(String shopId, String productId) {
        Optional<Listing> listing = listings.findByProduct(shopId, productId);
        if (listing.isEmpty()) {
            return Optional.empty();
        }
        String tiktokStatus = products.get(shops.context(shopId), productId).status();
        ListingStatus status = TikTokProductStatus.toListingStatus(tiktokStatus);
        Listing current = listing.get();
        boolean deactivatedByHub = current.status() == ListingStatus.DEACTIVATED;
        if (status != current.status() && !deactivatedByHub) {
            recorder.statusChanged(current, status);
        }
        return Optional.of(deactivatedByHub ? current.status() : status);
    }

    /** The polling side of the audit: every listing still waiting for TikTok. */
    public int refreshPending() {
        int checked = 0;
        for (Listing listing : listings.withStatus(ListingStatus.PENDING_AUDIT)) {
            refresh(listing.shopId(), listing.tiktokProductId());
            checked++;
        }
        return checked;
    }
}
