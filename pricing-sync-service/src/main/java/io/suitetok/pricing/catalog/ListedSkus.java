package io.suitetok.pricing.catalog;

import java.util.List;
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
}
