package io.suitetok.pricing.catalog;

import java.util.List;
import java.util.Optional;

/** A catalogue mapping held by a test: the SKUs it lists, read live (a test may add to the list later). */
public final class ListedSkusInMemory implements ListedSkus {

    private final List<ListedSku> listed;

    public ListedSkusInMemory(List<ListedSku> listed) {
        this.listed = listed;
    }

    @Override
    public List<ListedSku> ofItem(String itemId) {
        return listed.stream().filter(sku -> sku.itemId().equals(itemId)).toList();
    }

    @Override
    public List<ListedSku> ofProduct(String shopId, String productId) {
        return listed.stream().filter(sku -> sku.shopId().equals(shopId) && sku.productId().equals(productId)).toList();
    }

    @Override
    public Optional<ListedSku> find(String shopId, String sellerSku) {
        return listed.stream().filter(sku -> sku.shopId().equals(shopId) && sku.sellerSku().equals(sellerSku))
                .findFirst();
    }
}
