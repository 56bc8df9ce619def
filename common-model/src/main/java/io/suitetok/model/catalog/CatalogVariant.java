package io.suitetok.model.catalog;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.money.Money;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One sellable item: a matrix child (options such as Size=M, Colour=Red) or a plain item. The base
 * prices (one per currency) seed a new listing; after that the pricing flow owns the price.
 */
public record CatalogVariant(
        NetSuiteInternalId internalId,
        SellerSku sellerSku,
        Map<String, String> options,
        boolean active,
        List<Money> basePrices,
        String upc) {

    public CatalogVariant {
        Required.present("internalId", internalId, "sellerSku", sellerSku);
        // Option order is the order of TikTok's sales attributes (Size before Colour), so keep it.
        basePrices = basePrices == null ? List.of() : List.copyOf(basePrices);
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }

    public Optional<Money> basePrice(String currencyCode) {
        return basePrices.stream().filter(price -> price.currencyCode().equals(currencyCode)).findFirst();
    }
}
