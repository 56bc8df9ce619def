package io.suitetok.catalog.api;

import io.suitetok.catalog.listing.CatalogSync;
import io.suitetok.catalog.store.ListingStore;
import io.suitetok.catalog.store.ParkedItemStore;
import io.suitetok.catalog.store.SkuMappingStore;
import io.suitetok.runtime.web.PathIds;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Ops endpoints: publish on demand, see an item's listings and the parked items with their reasons. */
@RestController
@RequestMapping("/catalog")
public class CatalogController {

    private final CatalogSync sync;
    private final ListingStore listings;
    private final SkuMappingStore mappings;
    private final ParkedItemStore parked;

    public CatalogController(CatalogSync sync, ListingStore listings, SkuMappingStore mappings, ParkedItemStore parked) {
        this.sync = sync;
        this.listings = listings;
        this.mappings = mappings;
        this.parked = parked;
    }

    /** Publishes the named items, or every item when none are named. */
    @PostMapping("/publish")
    public CatalogSync.Summary publish(@RequestBody(required = false) PublishRequest request) {
        return request == null || request.itemIds() == null || request.itemIds().isEmpty() ? sync.publishAll()
                : sync.publishItems(request.itemIds());
    }

    @PostMapping("/items/{itemId}/republish")
    public CatalogSync.Summary republish(
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String itemId) {
        return sync.publishItems(List.of(itemId));
    }

    @GetMapping("/items/{itemId}")
    public List<Map<String, Object>> listingStatus(
            @PathVariable @Pattern(regexp = PathIds.ID, message = PathIds.ID_MESSAGE) String itemId) {
        List<Map<String, Object>> perShop = listings.forItem(itemId).stream()
                .map(listing -> Map.<String, Object>of("listing", listing,
                        "skus", mappings.forItem(listing.shopId(), itemId).stream().map(SkuMappingStore.StoredMapping::mapping)
                                .toList()))
                .toList();
        if (perShop.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "item " + itemId + " is not listed in any shop");
        }
        return perShop;
    }

    @GetMapping("/parked")
    public List<ParkedItemStore.ParkedItem> parkedItems() {
        return parked.all();
    }

    public record PublishRequest(List<String> itemIds) {
    }
}
