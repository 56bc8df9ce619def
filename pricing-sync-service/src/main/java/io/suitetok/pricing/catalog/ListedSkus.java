package io.suitetok.pricing.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which TikTok product and SKU each seller SKU is listed as, per shop (the catalogue's SKU mapping). */
public interface ListedSkus {

    /**
     * @param live whether TikTok's product is live: only live products take price updates
     */
    record ListedSku(String shopId, String sellerSku, String itemId, String productId, String skuId, boolean live) {
    }

    /** Every shop's SKUs of a NetSuite item. */
    List<ListedSku> ofItem(String itemId);

    /** A TikTok product's SKUs in a shop. */
    List<ListedSku> ofProduct(String shopId, String productId);

    Optional<ListedSku> find(String shopId, String sellerSku);

    /** Every shop's SKUs of these NetSuite items (one look-up for a page of items, where the store allows). */
    default List<ListedSku> ofItems(Collection<String> itemIds) {
        return itemIds.stream().distinct().flatMap(itemId -> ofItem(itemId).stream()).toList();
    }

    /** {@link #find} for many SKUs of one shop, by seller SKU; SKUs not listed are left out. */
    default Map<String, ListedSku> findAll(String shopId, Collection<String> sellerSkus) {
        Map<String, ListedSku> found = new HashMap<>();
        sellerSkus.forEach(sellerSku -> find(shopId, sellerSku).ifPresent(sku -> found.put(sellerSku, sku)));
        return found;
    }
}
