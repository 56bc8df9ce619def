package io.suitetok.model.catalog;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.money.Money;
import java.util.Map;

/**
 * One sellable item: a matrix child (options such as Size=M, Colour=Red) or a plain item. The base
 * price seeds a new listing; after that the pricing flow owns the price.
 */
public record CatalogVariant(
        NetSuiteInternalId internalId,
        SellerSku sellerSku,
        Map<String, String> options,
        boolean active,
        Money basePrice,
        String upc) {

    public CatalogVariant {
        Required.present("internalId", internalId, "sellerSku", sellerSku);
        // Option order is the order of TikTok's sales attributes (Size before Colour), so keep it.
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }
}
