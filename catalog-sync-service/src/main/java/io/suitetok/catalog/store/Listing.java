package io.suitetok.catalog.store;

import io.suitetok.model.catalog.ListingStatus;

/** The hub's record of one item's product in one shop. */
public record Listing(String shopId, String itemId, String sellerSku, String tiktokProductId, ListingStatus status,
        String payloadHash) {

    public Listing with(ListingStatus newStatus, String newHash) {
        return new Listing(shopId, itemId, sellerSku, tiktokProductId, newStatus, newHash);
    }
}
