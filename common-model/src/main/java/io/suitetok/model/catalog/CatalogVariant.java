package io.suitetok.model.catalog;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import java.util.Map;

/** One sellable item: a matrix child (options such as size=M, colour=Red) or a plain item. */
public record CatalogVariant(
        NetSuiteInternalId internalId,
        SellerSku sellerSku,
        Map<String, String> options,
        boolean active) {

    public CatalogVariant {
        Required.present("internalId", internalId, "sellerSku", sellerSku);
        options = Map.copyOf(options);
    }
}
