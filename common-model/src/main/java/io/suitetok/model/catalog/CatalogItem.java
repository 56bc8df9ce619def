package io.suitetok.model.catalog;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import java.time.Instant;
import java.util.List;

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
        Required.present("internalId", internalId, "sellerSku", sellerSku);
        variants = List.copyOf(variants);
    }
}
