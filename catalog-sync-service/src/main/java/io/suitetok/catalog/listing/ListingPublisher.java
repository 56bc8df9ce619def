package io.suitetok.catalog.listing;

import io.suitetok.catalog.config.ShopListingSettings;
import io.suitetok.catalog.images.ImageFacts;
import io.suitetok.catalog.images.ImageFetcher;
import io.suitetok.catalog.images.ImageInspector;
import io.suitetok.catalog.images.ImageUploader;
import io.suitetok.catalog.mapping.ListingDraft;
import io.suitetok.catalog.mapping.ListingDraft.DraftSku;
import io.suitetok.catalog.mapping.ProductMapper;
import io.suitetok.catalog.rules.CategoryRequirements;
import io.suitetok.catalog.rules.CategoryRequirementsCache;
import io.suitetok.catalog.rules.ListingRules;
import io.suitetok.catalog.store.Listing;
import io.suitetok.catalog.store.ListingStore;
import io.suitetok.catalog.store.SkuMappingStore;
import io.suitetok.model.catalog.CatalogItem;
import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.tiktok.api.ProductApi;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.json.TikTokJson;
import io.suitetok.tiktok.model.product.ProductCreated;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.product.ProductDetail;
import io.suitetok.tiktok.model.product.ProductRequest;
import io.suitetok.tiktok.model.product.ProductRequest.ImageRef;
import io.suitetok.tiktok.model.product.ProductRequest.SkuRequest;
import io.suitetok.tiktok.model.product.WarehouseQuantity;
import io.suitetok.tiktok.spring.TikTokShops;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes one NetSuite item to one TikTok shop: map, check TikTok's rules, then create, link,
 * edit, deactivate or leave alone. TikTok calls happen outside database transactions; what they did
 * is recorded right after, with its mapping events.
 */
public class ListingPublisher {

    private static final Logger log = LoggerFactory.getLogger(ListingPublisher.class);

    private final ProductMapper mapper;
    private final ListingRules rules;
    private final CategoryRequirementsCache categories;
    private final ImageFetcher images;
    private final ImageInspector inspector;
    private final ImageUploader uploader;
    private final ExistingListingFinder finder;
    private final ProductApi products;
    private final ListingStore listings;
    private final SkuMappingStore mappings;
    private final ListingRecorder recorder;
    private final TikTokShops shops;

    public ListingPublisher(ProductMapper mapper, ListingRules rules, CategoryRequirementsCache categories,
            ImageFetcher images, ImageInspector inspector, ImageUploader uploader, ExistingListingFinder finder,
            ProductApi products, ListingStore listings, SkuMappingStore mappings, ListingRecorder recorder,
            TikTokShops shops) {
        this.mapper = mapper;
        this.rules = rules;
        this.categories = categories;
        this.images = images;
        this.inspector = inspector;
        this.uploader = uploader;
        this.finder = finder;
        this.products = products;
        this.listings = listings;
        this.mappings = mappings;
        this.recorder = recorder;
        this.shops = shops;
    }

    public PublishOutcome publish(CatalogItem item, ShopListingSettings shop) {
        ShopContext context = shops.context(shop.shopId());
        ListingDraft draft = mapper.map(item, shop);
        Optional<Listing> existing = listings.find(shop.shopId(), item.internalId().value())
                .filter(listing -> listing.tiktokProductId() != null);
        if (draft.fullyInactive()) {
            return deactivate(context, draft, existing);
        }

        List<String> problems = new ArrayList<>();
        List<LoadedImage> loaded = loadImages(draft, problems);
        CategoryRequirements category = draft.product().categoryId() == null
                ? CategoryRequirements.none(null)
                : categories.forCategory(context, draft.product().categoryId(), shop.categoryVersion());
        problems.addAll(rules.violations(draft, loaded.stream().map(LoadedImage::facts).toList(), category, shop));
        if (!problems.isEmpty()) {
            log.info("parking {} for shop {}: {}", item.sellerSku(), shop.shopId(), problems);
            recorder.park(draft, problems, existing.isPresent());
            return PublishOutcome.PARKED;
        }

        boolean linked = false;
        if (existing.isEmpty()) {
            ExistingListingFinder.Found found = finder.find(context, draft);
            if (found.conflict() != null) {
                recorder.park(draft, List.of(found.conflict()), false);
                return PublishOutcome.PARKED;
            }
            if (found.exists()) {
                Listing link = new Listing(shop.shopId(), item.internalId().value(), item.sellerSku().value(),
                        found.productId(), TikTokProductStatus.toListingStatus(found.tiktokStatus()), null);
                recorder.listed(draft, link, found.skuIds());
                existing = Optional.of(link);
                linked = true;
            }
        }

        List<ImageRef> uris = loaded.stream()
                .map(image -> new ImageRef(uploader.uriFor(context, image.facts(), image.content()))).toList();
        String contentHash = hash(new ListedContent(withImages(draft.product(), uris, null), contentSkus(draft)));
        if (existing.isEmpty()) {
            return create(context, draft, uris, contentHash);
        }
        Listing listing = existing.get();
        if (contentHash.equals(listing.payloadHash()) && listing.status() != ListingStatus.DEACTIVATED) {
            return linked ? PublishOutcome.LINKED : PublishOutcome.UNCHANGED;
        }
        Map<String, String> skuIds = knownSkuIds(shop.shopId(), item.internalId().value());
        List<SkuRequest> skus = skuSetChanged(draft, skuIds)
                ? skusKeepingTikToksPriceAndStock(draft, products.get(context, listing.tiktokProductId()))
                : null;
        products.partialEdit(context, listing.tiktokProductId(), withImages(draft.product(), uris, skus));
        if (listing.status() == ListingStatus.DEACTIVATED) {
            products.activate(context, List.of(listing.tiktokProductId()));
        }
        ProductDetail after = products.get(context, listing.tiktokProductId());
        recorder.listed(draft, listing.with(TikTokProductStatus.toListingStatus(after.status()), contentHash),
                skuIdsOf(after));
        return linked ? PublishOutcome.LINKED : PublishOutcome.EDITED;
    }

    private PublishOutcome create(ShopContext context, ListingDraft draft, List<ImageRef> uris, String contentHash) {
        ProductRequest create = withImages(draft.product(), uris, draft.product().skus());
        ProductCreated created = products.create(context, create);
        if (created.warnings() != null && !created.warnings().isEmpty()) {
            log.warn("TikTok accepted {} with warnings: {}", draft.item().sellerSku(), created.warnings());
        }
        Map<String, String> skuIds = new HashMap<>();
        created.skus().forEach(sku -> skuIds.put(sku.sellerSku(), sku.id()));
        recorder.listed(draft, new Listing(draft.shopId(), draft.item().internalId().value(),
                draft.item().sellerSku().value(), created.productId(), ListingStatus.PENDING_AUDIT, contentHash), skuIds);
        return PublishOutcome.CREATED;
    }

    /** Deactivated, never deleted: orders that sold it keep pointing at a real product. */
    private PublishOutcome deactivate(ShopContext context, ListingDraft draft, Optional<Listing> existing) {
        if (existing.isEmpty()) {
            return PublishOutcome.NOT_LISTED;
        }
        Listing listing = existing.get();
        if (listing.status() != ListingStatus.DEACTIVATED) {
            products.deactivate(context, List.of(listing.tiktokProductId()));
        }
        recorder.listed(draft, listing.with(ListingStatus.DEACTIVATED, listing.payloadHash()),
                knownSkuIds(draft.shopId(), listing.itemId()));
        return PublishOutcome.DEACTIVATED;
    }

    /**
     * What the content fingerprint covers of the SKUs: which variants exist, how they vary and whether
     * they sell. Price and stock are left out: other flows own them.
     */
    private static List<SkuContent> contentSkus(ListingDraft draft) {
        return draft.skus().stream().map(sku -> new SkuContent(sku.sellerSku().value(),
                sku.request().salesAttributes(), sku.active())).toList();
    }

    /** A variant appeared, or one TikTok sells was deprecated: only then does the edit touch SKUs. */
    private static boolean skuSetChanged(ListingDraft draft, Map<String, String> skuIds) {
        return draft.skus().stream().anyMatch(sku -> sku.active() != skuIds.containsKey(sku.sellerSku().value()));
    }

    /**
     * A partial edit that sends {@code skus} replaces them whole, so it names every SKU TikTok has (one
     * left out would be deleted) and carries TikTok's current price and stock (which the pricing and
     * inventory flows own); a new variant starts at its base price with no stock, a deprecated one keeps
     * its place with zero stock so that it cannot sell.
     */
    private static List<SkuRequest> skusKeepingTikToksPriceAndStock(ListingDraft draft, ProductDetail current) {
        Map<String, ProductDetail.SkuDetail> onTikTok = new HashMap<>();
        if (current.skus() != null) {
            current.skus().forEach(sku -> onTikTok.put(sku.sellerSku(), sku));
        }
        List<SkuRequest> skus = new ArrayList<>();
        for (DraftSku sku : draft.skus()) {
            ProductDetail.SkuDetail live = onTikTok.get(sku.sellerSku().value());
            if (live == null) {
                if (sku.active()) {
                    skus.add(sku.request());
                }
                continue;
            }
            Price price = live.price() == null ? sku.request().price()
                    : new Price(live.price().salePrice(), live.price().currency());
            List<WarehouseQuantity> stock = sku.active() ? live.inventory()
                    : live.inventory().stream().map(level -> new WarehouseQuantity(level.warehouseId(), 0)).toList();
            skus.add(new SkuRequest(live.id(), sku.sellerSku().value(), sku.request().salesAttributes(), price, stock));
        }
        return skus;
    }

    private static ProductRequest withImages(ProductRequest product, List<ImageRef> uris, List<SkuRequest> skus) {
        return new ProductRequest(product.title(), product.description(), product.categoryId(),
                product.categoryVersion(), product.brandId(), uris, skus, product.productAttributes(),
                product.packageWeight(), product.packageDimensions(), product.externalProductId(), product.saveMode());
    }

    private Map<String, String> knownSkuIds(String shopId, String itemId) {
        Map<String, String> ids = new HashMap<>();
        for (SkuMappingStore.StoredMapping stored : mappings.forItem(shopId, itemId)) {
            if (stored.mapping().tiktokSkuId() != null) {
                ids.put(stored.mapping().sellerSku().value(), stored.mapping().tiktokSkuId().value());
            }
        }
        return ids;
    }

    private static Map<String, String> skuIdsOf(ProductDetail product) {
        Map<String, String> ids = new HashMap<>();
        if (product.skus() != null) {
            product.skus().forEach(sku -> ids.put(sku.sellerSku(), sku.id()));
        }
        return ids;
    }

    private List<LoadedImage> loadImages(ListingDraft draft, List<String> problems) {
        List<LoadedImage> loaded = new ArrayList<>();
        int position = 0;
        for (CatalogItem.ImageSource source : draft.images()) {
            position++;
            try {
                byte[] content = images.fetch(source.url());
                loaded.add(new LoadedImage(inspector.inspect(position, source.fileName(), content), content));
            } catch (RuntimeException e) {
                problems.add("image " + position + " (" + source.fileName() + ") could not be read from NetSuite: "
                        + e.getMessage());
            }
        }
        return loaded;
    }

    /** The listing's content fingerprint: an unchanged item makes no TikTok call. */
    static String hash(ListedContent content) {
        try {
            byte[] json = TikTokJson.mapper().writeValueAsBytes(content);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record LoadedImage(ImageFacts facts, byte[] content) {
    }

    /** What the fingerprint covers: the product without SKUs, and each SKU's identity and state. */
    record ListedContent(ProductRequest product, List<SkuContent> skus) {
    }

    record SkuContent(String sellerSku, List<ProductRequest.SalesAttribute> salesAttributes, boolean active) {
    }
}
