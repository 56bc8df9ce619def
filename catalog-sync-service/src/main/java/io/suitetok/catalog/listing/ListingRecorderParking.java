package io.suitetok.catalog.listing;

import io.suitetok.catalog.config.ShopListingSettings;
import io.suitetok.catalog.mapping.ProductMapper;
import io.suitetok.catalog.store.ListingStore;
import io.suitetok.model.catalog.CatalogItem;
import java.util.List;

/** Parks an item that TikTok itself refused, with TikTok's message as the reason. */
public class ListingRecorderParking {

    private final ProductMapper mapper;
    private final ListingRecorder recorder;
    private final ListingStore listings;

    public ListingRecorderParking(ProductMapper mapper, ListingRecorder recorder, ListingStore listings) {
        this.mapper = mapper;
        this.recorder = recorder;
        this.listings = listings;
    }

    public void parkRefused(CatalogItem item, ShopListingSettings shop, String reason) {
        boolean listed = listings.find(shop.shopId(), item.internalId().value())
                .map(listing -> listing.tiktokProductId() != null).orElse(false);
        recorder.park(mapper.map(item, shop), List.of(reason), listed);
    }
}
