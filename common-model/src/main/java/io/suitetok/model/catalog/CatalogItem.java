package io.suitetok.model.catalog;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A NetSuite item as the catalogue flow reads it: a matrix parent with its children as variants,
 * or a plain item with exactly one variant (itself). Everything TikTok needs to list it, in
 * NetSuite's terms; channel rules are applied later, at the boundary.
 *
 * @param categoryKey   what the shop's category mapping is keyed by (the NetSuite class, or a custom field)
 * @param translations  locale (such as {@code en_GB}) to localized title and description
 * @param customFields  NetSuite custom field script id to its value, for attribute mapping
 */
public record CatalogItem(
        NetSuiteInternalId internalId,
        SellerSku sellerSku,
        String title,
        String description,
        boolean active,
        Instant lastModified,
        String categoryKey,
        String brand,
        PackageSpec packageSpec,
        List<ImageSource> images,
        Map<String, LocalizedCopy> translations,
        Map<String, String> customFields,
        List<CatalogVariant> variants) {

    public CatalogItem {
        Required.present("internalId", internalId, "sellerSku", sellerSku);
        images = images == null ? List.of() : List.copyOf(images);
        translations = translations == null ? Map.of() : Map.copyOf(translations);
        customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
        variants = List.copyOf(variants);
    }

    public boolean isMatrix() {
        return variants.size() > 1 || (variants.size() == 1 && !variants.get(0).internalId().equals(internalId));
    }

    /** Title and description as written for a market, NetSuite's own text as the fallback. */
    public record LocalizedCopy(String title, String description) {
    }

    /** An image file in NetSuite's file cabinet, in display order. */
    public record ImageSource(String url, String fileName) {
    }

    /** Shipping weight and box size as NetSuite holds them; units are NetSuite's (lb, kg, in, cm). */
    public record PackageSpec(java.math.BigDecimal weight, String weightUnit, java.math.BigDecimal length,
            java.math.BigDecimal width, java.math.BigDecimal height, String dimensionUnit) {
    }
}
