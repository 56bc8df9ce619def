package io.suitetok.orders.catalog;

import io.suitetok.orders.store.OrderSnapshotStore;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.runtime.catalog.MappedSku;
import io.suitetok.runtime.catalog.SkuMappingObserver;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Releases orders parked for want of a SKU once the replica of the catalogue maps it: they go back to
 * the Sales Order flusher. In the replica's transaction, so a mapping is never stored without its
 * orders released.
 */
@Component
public class ParkedOrderRelease implements SkuMappingObserver {

    private final OrderSnapshotStore snapshots;
    private final OrderStateStore states;

    public ParkedOrderRelease(OrderSnapshotStore snapshots, OrderStateStore states) {
        this.snapshots = snapshots;
        this.states = states;
    }

    @Override
    public void mapped(Optional<MappedSku> before, MappedSku now) {
        for (String orderId : snapshots.parkedOrdersWithSku(now.shopId(), now.sellerSku())) {
            snapshots.requeue(now.shopId(), orderId);
            states.journey(now.shopId(), orderId, "RELEASED", "seller SKU " + now.sellerSku() + " is now mapped");
        }
    }
}
