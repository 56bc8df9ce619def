package io.suitetok.inventory.catalog;

import io.suitetok.inventory.store.LevelStore;
import io.suitetok.inventory.store.MovementStore;
import io.suitetok.runtime.catalog.MappedSku;
import io.suitetok.runtime.catalog.SkuMappingObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A SKU newly mapped (or mapped to another item) has its items queued for a read, so its stock reaches
 * TikTok without waiting for a recalculation; the item it left is read too, as it lost a SKU. A SKU
 * moved to another TikTok product or SKU has its levels forget the old listing and is sent at once.
 */
@Component
public class MappedSkuStockRead implements SkuMappingObserver {

    private final LevelStore levels;
    private final MovementStore movements;

    public MappedSkuStockRead(LevelStore levels, MovementStore movements) {
        this.levels = levels;
        this.movements = movements;
    }

    @Override
    public void mapped(Optional<MappedSku> before, MappedSku now) {
        if (before.isPresent() && now.listedElsewhereThan(before.get())) {
            levels.forgetListing(now.shopId(), now.sellerSku());
        }
        List<String> items = new ArrayList<>(List.of(now.itemId()));
        before.map(MappedSku::itemId).filter(item -> !items.contains(item)).ifPresent(items::add);
        movements.enqueue(items);
    }
}
