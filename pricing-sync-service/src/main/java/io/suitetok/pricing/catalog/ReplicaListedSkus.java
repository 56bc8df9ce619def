package io.suitetok.pricing.catalog;

import io.suitetok.runtime.catalog.MappedSku;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import java.util.List;
import java.util.Optional;

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

    private static ListedSku listed(MappedSku sku) {
        return new ListedSku(sku.shopId(), sku.sellerSku(), sku.itemId(), sku.tiktokProductId(), sku.tiktokSkuId(),
                sku.pushable());
    }
}
