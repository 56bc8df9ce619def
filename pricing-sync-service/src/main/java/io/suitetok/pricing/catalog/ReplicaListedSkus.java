package io.suitetok.pricing.catalog;

import io.suitetok.runtime.catalog.MappedSku;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link ListedSkus} read from this service's replica of {@code catalog.sku-mappings.v1}. */
public class ReplicaListedSkus implements ListedSkus {

    private final SkuMappingReplica replica;

    public ReplicaListedSkus(SkuMappingReplica replica) {
        this.replica = replica;
    }

    @Override
    public List<ListedSku> ofItem(String itemId) {
        return replica.ofItems(List.of(itemId)).stream().map(ReplicaListedSkus::listed).toList();
    }

    /** Only the SKUs that take updates: a product not live on TikTok refuses a price change. */
    @Override
    public List<ListedSku> ofProduct(String shopId, String productId) {
        return replica.pushableSkusOfProduct(shopId, productId).stream().map(ReplicaListedSkus::listed).toList();
    }

    @Override
    public Optional<ListedSku> find(String shopId, String sellerSku) {
        return replica.find(shopId, sellerSku).map(ReplicaListedSkus::listed);
    }

    @Override
    public List<ListedSku> ofItems(Collection<String> itemIds) {
        return itemIds.isEmpty() ? List.of() : replica.ofItems(itemIds).stream().map(ReplicaListedSkus::listed).toList();
    }

    /** Two statements whatever the number of SKUs: their current items, then those items' SKUs. */
    @Override
    public Map<String, ListedSku> findAll(String shopId, Collection<String> sellerSkus) {
        Map<String, ListedSku> found = new HashMap<>();
        if (sellerSkus.isEmpty()) {
            return found;
        }
        Set<String> wanted = new HashSet<>(sellerSkus);
        for (MappedSku sku : replica.ofItems(replica.itemsOf(shopId, wanted))) {
            if (sku.shopId().equals(shopId) && wanted.contains(sku.sellerSku())) {
                found.put(sku.sellerSku(), listed(sku));
            }
        }
        return found;
    }

    private static ListedSku listed(MappedSku sku) {
        return new ListedSku(sku.shopId(), sku.sellerSku(), sku.itemId(), sku.tiktokProductId(), sku.tiktokSkuId(),
                sku.pushable());
    }
}
