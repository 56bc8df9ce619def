package io.suitetok.catalog.listing;

import io.suitetok.catalog.mapping.ListingDraft;
import io.suitetok.catalog.mapping.ListingDraft.DraftSku;
import io.suitetok.catalog.store.Listing;
import io.suitetok.catalog.store.ListingStore;
import io.suitetok.catalog.store.ParkedItemStore;
import io.suitetok.catalog.store.SkuMappingStore;
import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.model.catalog.SkuMapping;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokProductId;
import io.suitetok.model.id.TikTokSkuId;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.outbox.OutboxWriter;
import java.util.List;
import java.util.Map;
import io.suitetok.runtime.metrics.SyncLag;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what happened on TikTok to the catalogue's tables and, in the same transaction, one
 * {@code SkuMappingChanged} event per SKU whose ids or status actually changed. A replay of the same
 * item (after a restart mid-batch) therefore publishes nothing new.
 */
public class ListingRecorder {

    static final String SOURCE = "catalog-sync-service";

    private final ListingStore listings;
    private final SkuMappingStore mappings;
    private final ParkedItemStore parked;
    private final OutboxWriter outbox;
    private final EventCodec codec;
    private final TransactionTemplate transaction;
    /** catalog → TikTok: from the NetSuite item's last modification to TikTok acknowledging the product. */
    private final SyncLag lag;

    public ListingRecorder(ListingStore listings, SkuMappingStore mappings, ParkedItemStore parked,
            OutboxWriter outbox, EventCodec codec, TransactionTemplate transaction, SyncLag lag) {
        this.lag = lag;
        this.listings = listings;
        this.mappings = mappings;
        this.parked = parked;
        this.outbox = outbox;
        this.codec = codec;
        this.transaction = transaction;
    }

    /**
     * Records the listing and every variant's mapping. Variants not active in NetSuite are mapped as
     * DEACTIVATED; {@code skuIds} maps seller SKU to TikTok SKU id for those TikTok has.
     */
    public void listed(ListingDraft draft, Listing listing, Map<String, String> skuIds) {
        transaction.executeWithoutResult(status -> {
            listings.save(listing);
            parked.release(listing.shopId(), listing.itemId());
            for (DraftSku sku : draft.skus()) {
                ListingStatus skuStatus = sku.active() ? listing.status() : ListingStatus.DEACTIVATED;
                String skuId = skuIds.get(sku.sellerSku().value());
                SkuMapping mapping = new SkuMapping(new ShopId(listing.shopId()), sku.sellerSku(), sku.variantId(),
                        listing.tiktokProductId() == null ? null : new TikTokProductId(listing.tiktokProductId()),
                        skuId == null ? null : new TikTokSkuId(skuId), skuStatus);
                if (mappings.save(listing.itemId(), mapping)) {
                    outbox.enqueue(HubTopic.CATALOG_SKU_MAPPINGS, codec.envelope(CatalogEvents.SkuMappingChanged,
                            SOURCE, sku.sellerSku().value(), sku.sellerSku().value(), mapping.shopId(), mapping));
                }
            }
        });
        lag.acknowledged(draft.item().lastModified());
    }

    /** A status change that came from TikTok (audit outcome) for every SKU of the product. */
    public void statusChanged(Listing listing, ListingStatus newStatus) {
        transaction.executeWithoutResult(status -> {
            listings.save(listing.with(newStatus, listing.payloadHash()));
            for (SkuMappingStore.StoredMapping stored : mappings.forItem(listing.shopId(), listing.itemId())) {
                SkuMapping before = stored.mapping();
                if (before.listingStatus() == ListingStatus.DEACTIVATED && newStatus != ListingStatus.DEACTIVATED) {
                    continue; // a variant deprecated in NetSuite stays deactivated whatever the product does
                }
                SkuMapping after = new SkuMapping(before.shopId(), before.sellerSku(), before.netsuiteItemId(),
                        before.tiktokProductId(), before.tiktokSkuId(), newStatus);
                if (mappings.save(stored.itemId(), after)) {
                    outbox.enqueue(HubTopic.CATALOG_SKU_MAPPINGS, codec.envelope(CatalogEvents.SkuMappingChanged,
                            SOURCE, after.sellerSku().value(), after.sellerSku().value(), after.shopId(), after));
                }
            }
        });
    }

    /** Holds an item back with its reasons; a product already on TikTok stays as it is. */
    public void park(ListingDraft draft, List<String> reasons, boolean alreadyListed) {
        transaction.executeWithoutResult(status -> {
            parked.park(draft.shopId(), draft.item().internalId().value(), draft.item().sellerSku().value(), reasons);
            if (!alreadyListed) {
                listings.save(new Listing(draft.shopId(), draft.item().internalId().value(),
                        draft.item().sellerSku().value(), null, ListingStatus.PARKED, null));
            }
        });
    }
}
