package io.suitetok.model.catalog;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A NetSuite item as the catalogue flow publishes it: a matrix parent with its children as
 * variants, or a plain item with exactly one variant (itself).
 */
public record CatalogItem(
        NetSuiteInternalId internalId,
        SellerSku sellerSku,
        String title,
        String description,
        boolean active,
        Instant lastModified,
        List<CatalogVariant> variants) {

    public CatalogItem {
        Objects.requireNonNull(internalId, "internalId is required");
        Objects.requireNonNull(sellerSku, "sellerSku is required");
        variants = List.copyOf(variants);
    }
}
