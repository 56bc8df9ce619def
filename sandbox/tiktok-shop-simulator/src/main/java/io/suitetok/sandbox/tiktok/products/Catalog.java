package io.suitetok.sandbox.tiktok.products;

import io.suitetok.sandbox.tiktok.IdSequence;
import io.suitetok.sandbox.tiktok.StateLock;
import io.suitetok.sandbox.tiktok.products.Categories.Category;
import io.suitetok.sandbox.tiktok.products.ProductDraft.SkuInput;
import io.suitetok.sandbox.tiktok.products.ProductViews.AuditFailure;
import io.suitetok.sandbox.tiktok.products.ProductViews.CategoryChain;
import io.suitetok.sandbox.tiktok.products.ProductViews.Created;
import io.suitetok.sandbox.tiktok.products.ProductViews.CreatedSku;
import io.suitetok.sandbox.tiktok.products.ProductViews.Detail;
import io.suitetok.sandbox.tiktok.products.ProductViews.SalesAttributeIds;
import io.suitetok.sandbox.tiktok.products.ProductViews.Summary;
import io.suitetok.sandbox.tiktok.products.ProductViews.Warning;
import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.PageTokens;
import io.suitetok.sandbox.tiktok.protocol.PageTokens.Page;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.webhooks.WebhookEvents;
import io.suitetok.sandbox.tiktok.products.ProductRequest.SalesAttribute;
import io.suitetok.sandbox.tiktok.webhooks.WebhookTypes;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The shops' products and SKUs: listing, editing (full and partial, with TikTok's "each field sent
 * replaces the whole value" rule), (de)activation, search, and the stock and price every other
 * feature reads. All state changes run under the {@link StateLock}.
 */
@Component
public class Catalog {

    private final Map<String, SimProduct> products = new LinkedHashMap<>();
    private final StateLock lock;
    private final IdSequence ids;
    private final ProductValidator validator;
    private final ProductAudit audit;
    private final Categories categories;
    private final WebhookEvents events;
    private final Clock clock;

    public Catalog(StateLock lock, IdSequence ids, ProductValidator validator, ProductAudit audit,
            Categories categories, WebhookEvents events, Clock clock) {
        this.lock = lock;
        this.ids = ids;
        this.validator = validator;
        this.audit = audit;
        this.categories = categories;
        this.events = events;
        this.clock = clock;
    }

    public Created create(Shop shop, ProductRequest request, JsonNode tree) {
        ProductDraft draft = ProductDraft.from(request, tree);
        List<String> warnings = validator.validate(shop, draft);
        return lock.apply(() -> {
            SimProduct product = new SimProduct(ids.next("product"), shop.id(), now());
            apply(shop, product, draft);
            products.put(product.id, product);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("product_id", product.id);
            data.put("product_type", List.of("NORMAL"));
            data.put("update_time", product.updateTime);
            events.publish(shop.id(), WebhookTypes.PRODUCT_CREATION, data);
            if ("AS_DRAFT".equals(draft.saveMode())) {
                product.status = ProductStatus.DRAFT;
            } else {
                audit.submit(product);
            }
            return created(product, warnings);
        });
    }

    /** Edit Product (full replacement) or Partial Edit (only the top-level fields sent). */
    public Created edit(Shop shop, String productId, ProductRequest request, JsonNode tree, boolean partial) {
        return lock.apply(() -> {
            SimProduct product = require(shop, productId);
            if (product.status == ProductStatus.FREEZE || product.status == ProductStatus.PLATFORM_DEACTIVATED) {
                throw TikTokError.business(ErrorCodes.PRODUCT_NOT_EDITABLE,
                        "You can't edit this product while its status is " + product.status);
            }
            ProductDraft changes = ProductDraft.from(request, tree);
            ProductDraft draft = partial ? ProductDraft.of(product).overlay(changes) : changes;
            List<String> warnings = validator.validate(shop, draft);
            apply(shop, product, draft);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("product_id", product.id);
            data.put("changed_fields", changedFields(tree));
            data.put("update_time", product.updateTime);
            events.publish(shop.id(), WebhookTypes.PRODUCT_INFORMATION_CHANGE, data);
            boolean staysDraft = product.status == ProductStatus.DRAFT && !"LISTING".equals(draft.saveMode());
            if (!staysDraft && product.status != ProductStatus.SELLER_DEACTIVATED) {
                audit.submit(product);
            }
            return created(product, warnings);
        });
    }

    public Detail detail(Shop shop, String productId) {
        return lock.apply(() -> detail(require(shop, productId)));
    }

    public Page<Summary> search(Shop shop, ProductSearchBody filter, int pageSize, String pageToken) {
        return lock.apply(() -> {
            List<SimProduct> matching = products.values().stream()
                    .filter(p -> p.shopId.equals(shop.id()) && p.status != ProductStatus.DELETED)
                    .filter(p -> filter == null || filter.status() == null || filter.status().equals("ALL")
                            || p.status.name().equals(filter.status()))
                    .filter(p -> filter == null || filter.sellerSkus() == null || filter.sellerSkus().isEmpty()
                            || p.skus.stream().anyMatch(s -> filter.sellerSkus().contains(s.sellerSku)))
                    .filter(p -> filter == null || filter.updateTimeGe() == null
                            || p.updateTime >= filter.updateTimeGe())
                    .filter(p -> filter == null || filter.updateTimeLe() == null
                            || p.updateTime <= filter.updateTimeLe())
                    .sorted(Comparator.comparingLong((SimProduct p) -> p.updateTime).thenComparing(p -> p.id))
                    .toList();
            Page<SimProduct> page = PageTokens.byOffset(matching, pageToken, pageSize);
            return new Page<>(page.items().stream().map(p -> new Summary(p.id, p.title, p.status.name(),
                    p.skus.stream().map(ProductViews::sku).toList(), List.of(shopRegion(shop)), p.createTime,
                    p.updateTime)).toList(), page.nextPageToken(), page.totalCount());
        });
    }

    /** Activate Products: deactivated and draft products go back through the audit. */
    public List<ProductError> activate(Shop shop, List<String> productIds) {
        return changeStatus(shop, productIds, product -> {
            switch (product.status) {
                case ACTIVATE, PENDING -> {
                    return null;
                }
                case SELLER_DEACTIVATED, DRAFT -> {
                    product.touch(now());
                    audit.submit(product);
                    return null;
                }
                default -> {
                    return "a product in status " + product.status + " can't be activated";
                }
            }
        });
    }

    /** Deactivate Products: the listing is hidden; orders and history keep pointing at it. */
    public List<ProductError> deactivate(Shop shop, List<String> productIds) {
        return changeStatus(shop, productIds, product -> {
            switch (product.status) {
                case SELLER_DEACTIVATED -> {
                    return null;
                }
                case ACTIVATE, PENDING, FAILED, DRAFT -> {
                    product.status = ProductStatus.SELLER_DEACTIVATED;
                    product.auditRevision++;
                    product.touch(now());
                    audit.announceStatus(product, ProductAudit.STATUS_CHANGED);
                    return null;
                }
                default -> {
                    return "a product in status " + product.status + " can't be deactivated";
                }
            }
        });
    }

    private List<ProductError> changeStatus(Shop shop, List<String> productIds,
            java.util.function.Function<SimProduct, String> change) {
        if (productIds == null || productIds.isEmpty()) {
            throw TikTokError.invalidParameter("product_ids is required");
        }
        if (productIds.size() > 20) {
            throw TikTokError.invalidParameter("product_ids takes at most 20 ids");
        }
        return lock.apply(() -> {
            List<ProductError> errors = new ArrayList<>();
            for (String id : productIds) {
                SimProduct product = products.get(id);
                if (product == null || !product.shopId.equals(shop.id()) || product.status == ProductStatus.DELETED) {
                    errors.add(new ProductError(ErrorCodes.PRODUCT_NOT_FOUND, "product " + id + " does not exist",
                            new ProductError.Detail(id)));
                    continue;
                }
                String refusal = change.apply(product);
                if (refusal != null) {
                    errors.add(new ProductError(ErrorCodes.PRODUCT_NOT_EDITABLE, refusal,
                            new ProductError.Detail(id)));
                }
            }
            return errors;
        });
    }

    /** Lists a product directly as live (control API): no audit, no webhooks. */
    public SimProduct seed(Shop shop, String title, String categoryId, List<SkuSeed> skus) {
        return lock.apply(() -> {
            SimProduct product = new SimProduct(ids.next("product"), shop.id(), now());
            product.title = title;
            product.description = "<p>" + title + "</p>";
            product.categoryId = categoryId;
            product.categoryVersion = "v2";
            product.status = ProductStatus.ACTIVATE;
            product.everActivated = true;
            for (SkuSeed seed : skus) {
                SimSku sku = new SimSku(ids.next("sku"), product.id, shop.currency());
                sku.sellerSku = seed.sellerSku();
                sku.salesAttributes = seed.variant() == null ? List.of()
                        : List.of(new SalesAttribute("100007", "Size", valueId(categories.find(categoryId), "100007",
                                seed.variant()), seed.variant()));
                validator.checkPrice(shop, new Price(seed.price().toPlainString(),
                        shop.currency()));
                sku.setPrice(seed.price(), clock.instant());
                sku.skuType = seed.preOrder() ? SimSku.PRE_ORDER : SimSku.NORMAL;
                seed.stock().forEach((warehouse, quantity) -> {
                    if (shop.warehouse(warehouse).filter(w -> w.sellable()).isEmpty()) {
                        throw new IllegalArgumentException(warehouse + " is not a sales warehouse of " + shop.id());
                    }
                    sku.setStock(warehouse, quantity);
                });
                product.skus.add(sku);
            }
            products.put(product.id, product);
            return product;
        });
    }

    /** Ends a manual (or pending) audit from the control API. */
    public void decideAudit(String productId, boolean pass, String reason) {
        lock.run(() -> {
            SimProduct product = products.get(productId);
            if (product == null) {
                throw new IllegalArgumentException("no product " + productId);
            }
            if (product.status != ProductStatus.PENDING) {
                throw new IllegalStateException("product " + productId + " is " + product.status + ", not PENDING");
            }
            audit.decide(product, pass, reason);
        });
    }

    /** The product in this shop, or TikTok's not-found error (deleted products are gone). */
    public SimProduct require(Shop shop, String productId) {
        return lock.apply(() -> {
            SimProduct product = products.get(productId);
            if (product == null || !product.shopId.equals(shop.id()) || product.status == ProductStatus.DELETED) {
                throw TikTokError.business(ErrorCodes.PRODUCT_NOT_FOUND, "product " + productId + " does not exist");
            }
            return product;
        });
    }

    public Optional<SimProduct> product(String productId) {
        return lock.apply(() -> Optional.ofNullable(products.get(productId)));
    }

    public List<SimProduct> inShop(String shopId) {
        return lock.apply(() -> products.values().stream().filter(p -> p.shopId.equals(shopId)).toList());
    }

    /** A SKU of the shop by TikTok id or, failing that, by seller SKU. */
    public Optional<SimSku> findSku(String shopId, String skuIdOrSellerSku) {
        return lock.apply(() -> products.values().stream().filter(p -> p.shopId.equals(shopId))
                .flatMap(p -> p.skus.stream())
                .filter(s -> s.id.equals(skuIdOrSellerSku)).findFirst()
                .or(() -> products.values().stream().filter(p -> p.shopId.equals(shopId))
                        .filter(p -> p.status != ProductStatus.DELETED).flatMap(p -> p.skus.stream())
                        .filter(s -> skuIdOrSellerSku.equals(s.sellerSku)).findFirst()));
    }

    /**
     * Switches a SKU between pre-order and normal stock, as a merchant does in Seller Center: listing
     * tools often cannot say "pre-order" themselves. Moves the product's {@code update_time}.
     */
    public SimSku setPreOrder(String shopId, String skuIdOrSellerSku, boolean preOrder) {
        return lock.apply(() -> {
            SimSku sku = findSku(shopId, skuIdOrSellerSku).orElseThrow(() -> new IllegalArgumentException(
                    "no sku " + skuIdOrSellerSku + " in shop " + shopId));
            sku.skuType = preOrder ? SimSku.PRE_ORDER : SimSku.NORMAL;
            products.get(sku.productId).touch(now());
            return sku;
        });
    }

    public void reset() {
        lock.run(products::clear);
    }

    Detail detail(SimProduct p) {
        List<CategoryChain> chain = p.categoryId == null ? List.of() : categories.chain(p.categoryId).stream()
                .map(c -> new CategoryChain(c.id(), c.parentId(), c.localName(), c.isLeaf())).toList();
        return new Detail(p.id, p.status.name(), p.title, p.description, chain,
                p.brandId == null ? null : new ProductViews.Brand(p.brandId, "SuiteTok Basics"),
                p.mainImages.stream().map(uri -> new ProductViews.Image(uri,
                        List.of("https://p16-sbx.tiktokcdn.com/" + uri), null, null)).toList(),
                p.skus.stream().map(ProductViews::sku).toList(), p.attributes, p.packageWeight, p.packageDimensions,
                p.auditFailureReasons.isEmpty() ? null : List.of(new AuditFailure("product", p.auditFailureReasons,
                        List.of("Correct the listing and submit it again"))),
                p.externalProductId, p.createTime, p.updateTime);
    }

    private void apply(Shop shop, SimProduct product, ProductDraft draft) {
        Category category = categories.leaf(draft.categoryId());
        product.title = draft.title();
        product.description = draft.description();
        product.categoryId = draft.categoryId();
        product.categoryVersion = draft.categoryVersion() == null ? "v1" : draft.categoryVersion();
        product.brandId = draft.brandId() != null && ProductValidator.KNOWN_BRANDS.contains(draft.brandId())
                ? draft.brandId() : null;
        product.mainImages = List.copyOf(draft.mainImages());
        product.attributes = draft.attributes() == null ? List.of() : List.copyOf(draft.attributes());
        product.packageWeight = draft.packageWeight();
        product.packageDimensions = draft.packageDimensions();
        product.externalProductId = draft.externalProductId();
        List<SimSku> kept = new ArrayList<>();
        for (SkuInput input : draft.skus()) {
            SimSku sku;
            if (input.id() != null) {
                sku = product.skus.stream().filter(s -> s.id.equals(input.id())).findFirst().orElseThrow(() ->
                        ProductValidator.invalid("sku " + input.id() + " does not belong to product " + product.id));
            } else {
                sku = new SimSku(ids.next("sku"), product.id, shop.currency());
            }
            sku.sellerSku = input.sellerSku() != null ? input.sellerSku() : sku.sellerSku;
            sku.salesAttributes = normalize(category, input.salesAttributes());
            sku.setPrice(new BigDecimal(input.price().amount()), clock.instant());
            if (input.preOrder() != null) {
                sku.skuType = input.preOrder() ? SimSku.PRE_ORDER : SimSku.NORMAL;
            }
            if (input.inventory() != null) {
                sku.stock.clear();
                for (WarehouseQuantity entry : input.inventory()) {
                    String warehouse = entry.warehouseId() != null ? entry.warehouseId()
                            : shop.sellableWarehouses().get(0).id();
                    sku.setStock(warehouse, entry.quantity());
                }
            }
            kept.add(sku);
        }
        product.skus.clear();
        product.skus.addAll(kept);
        product.touch(now());
    }

    /** Gives sales attributes and their values ids, reusing the category's where the names match. */
    private List<SalesAttribute> normalize(Category category, List<SalesAttribute> given) {
        if (given == null) {
            return List.of();
        }
        return given.stream().map(a -> {
            Optional<Categories.Attribute> known = category.attributes().stream()
                    .filter(c -> c.id().equals(a.id()) || (a.name() != null && c.name().equalsIgnoreCase(a.name())))
                    .findFirst();
            String id = a.id() != null ? a.id() : known.map(Categories.Attribute::id).orElse(customId(a.name()));
            String name = a.name() != null ? a.name() : known.map(Categories.Attribute::name).orElse(id);
            String valueName = a.valueName() != null ? a.valueName() : a.valueId();
            String valueId = a.valueId() != null ? a.valueId() : valueId(category, id, valueName);
            return new SalesAttribute(id, name, valueId, valueName);
        }).toList();
    }

    private static String valueId(Category category, String attributeId, String valueName) {
        return category.attributes().stream().filter(c -> c.id().equals(attributeId))
                .flatMap(c -> c.values().stream()).filter(v -> v.name().equalsIgnoreCase(valueName))
                .map(ProductRequest.AttributeValue::id).findFirst().orElse(customId(valueName));
    }

    /** Custom names get stable ids, so the same name gets the same id in every product. */
    private static String customId(String name) {
        String text = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return "7" + String.format("%018d", Math.floorMod((long) text.hashCode() * 2_654_435_761L, 1_000_000_000_000L));
    }

    private static Created created(SimProduct product, List<String> warnings) {
        return new Created(product.id, product.skus.stream().map(s -> new CreatedSku(s.id, s.sellerSku,
                s.salesAttributes.stream().map(a -> new SalesAttributeIds(a.id(), a.valueId())).toList())).toList(),
                warnings.stream().map(Warning::new).toList());
    }

    private static List<String> changedFields(JsonNode tree) {
        List<String> fields = new ArrayList<>();
        tree.propertyNames().forEach(fields::add);
        return fields;
    }

    private static String shopRegion(Shop shop) {
        return shop.region();
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    /** A SKU listed through the control API: stock per warehouse id. */
    public record SkuSeed(String sellerSku, String variant, BigDecimal price, Map<String, Integer> stock,
            Boolean preOrder) {

        public SkuSeed {
            preOrder = Boolean.TRUE.equals(preOrder);
            stock = stock == null ? Map.of() : Map.copyOf(stock);
        }
    }

    /** One product refused inside an otherwise successful (de)activation. */
    public record ProductError(long code, String message, Detail detail) {
        public record Detail(String productId) {
        }
    }
}
