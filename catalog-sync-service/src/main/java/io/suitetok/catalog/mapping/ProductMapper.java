package io.suitetok.catalog.mapping;

import io.suitetok.catalog.config.ShopListingSettings;
import io.suitetok.model.catalog.CatalogItem;
import io.suitetok.model.catalog.CatalogVariant;
import io.suitetok.model.money.Money;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.product.ProductRequest;
import io.suitetok.tiktok.model.product.ProductRequest.AttributeValue;
import io.suitetok.tiktok.model.product.ProductRequest.ProductAttribute;
import io.suitetok.tiktok.model.product.ProductRequest.SalesAttribute;
import io.suitetok.tiktok.model.product.ProductRequest.SkuRequest;
import io.suitetok.tiktok.model.product.WarehouseQuantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps a NetSuite item to a TikTok product for one shop. A matrix parent becomes one product whose
 * children are its SKUs, with sales attributes from the matrix options; a plain item becomes a
 * one-SKU product. The seller SKU is the NetSuite item id, so every flow can find the item again.
 * Inactive variants are left out of the listing (TikTok keeps them for old orders).
 */
public class ProductMapper {

    public ListingDraft map(CatalogItem item, ShopListingSettings shop) {
        List<String> problems = new ArrayList<>();
        CatalogItem.LocalizedCopy copy = item.translations().getOrDefault(shop.language(),
                new CatalogItem.LocalizedCopy(item.title(), item.description()));
        String title = firstNonBlank(copy.title(), item.title());
        String description = firstNonBlank(copy.description(), item.description());

        String categoryId = item.categoryKey() == null ? null : shop.categories().get(item.categoryKey());
        if (categoryId == null) {
            problems.add("no TikTok category is mapped for NetSuite class '" + item.categoryKey()
                    + "'; add it to hub.catalog.shops[" + shop.shopId() + "].categories");
        }

        List<ListingDraft.DraftSku> variants = new ArrayList<>();
        List<SkuRequest> activeSkus = new ArrayList<>();
        for (CatalogVariant variant : item.variants()) {
            boolean active = item.active() && variant.active();
            SkuRequest request = new SkuRequest(null, variant.sellerSku().value(), salesAttributes(variant),
                    active ? price(variant, shop, problems) : null,
                    List.of(new WarehouseQuantity(shop.warehouseId(), 0)));
            variants.add(new ListingDraft.DraftSku(variant.sellerSku(), variant.internalId(), active, request));
            if (active) {
                activeSkus.add(request);
            }
        }

        ProductRequest product = new ProductRequest(title, description, categoryId, shop.categoryVersion(),
                item.brand() == null ? null : shop.brands().get(item.brand()), null, activeSkus,
                attributes(item, shop), PackageMapping.weight(item.packageSpec(), shop.imperialUnitsAllowed()),
                PackageMapping.dimensions(item.packageSpec(), shop.imperialUnitsAllowed()), item.internalId().value(),
                null);
        return new ListingDraft(item, shop.shopId(), product, variants, item.images(), problems);
    }

    private static List<SalesAttribute> salesAttributes(CatalogVariant variant) {
        List<SalesAttribute> attributes = new ArrayList<>();
        variant.options().forEach((name, value) -> attributes.add(new SalesAttribute(null, name, null, value)));
        return attributes;
    }

    private static Price price(CatalogVariant variant, ShopListingSettings shop, List<String> problems) {
        Money base = variant.basePrice(shop.currency()).orElse(null);
        if (base == null) {
            problems.add(variant.sellerSku() + " has no " + shop.currency() + " base price in NetSuite; TikTok needs a "
                    + "price to list a SKU");
            return null;
        }
        return Price.of(base);
    }

    private static List<ProductAttribute> attributes(CatalogItem item, ShopListingSettings shop) {
        List<ProductAttribute> attributes = new ArrayList<>();
        for (Map.Entry<String, String> mapping : shop.attributes().entrySet()) {
            String value = item.customFields().get(mapping.getKey());
            if (value != null && !value.isBlank()) {
                attributes.add(new ProductAttribute(mapping.getValue(), List.of(new AttributeValue(null, value))));
            }
        }
        return attributes;
    }

    private static String firstNonBlank(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
