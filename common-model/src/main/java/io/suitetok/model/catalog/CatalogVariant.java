package io.suitetok.model.catalog;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import java.util.Map;
import java.util.Objects;

/** One sellable item: a matrix child (options such as size=M, colour=Red) or a plain item. */
public record CatalogVariant(
        NetSuiteInternalId internalId,
        SellerSku sellerSku,
        Map<String, String> options,
        boolean active) {

    public CatalogVariant {
        Objects.requireNonNull(internalId, "internalId is required");
        Objects.requireNonNull(sellerSku, "sellerSku is required");
        options = Map.copyOf(options);
    }
}
