package io.suitetok.runtime.catalog;

import java.util.Optional;

/**
 * A service's reaction to a SKU mapping its replica just stored. Every bean of this type is called in
 * the transaction that stores the mapping and marks the event as processed, so the reaction and the
 * replica commit together: if the reaction fails, the mapping is not stored either and the event is
 * delivered again.
 *
 * <p>Called for every event processed, also when nothing changed (the catalogue republishes a mapping
 * when the listing's status moves, and a compacted topic is replayed from the start by a new consumer).
 */
@FunctionalInterface
public interface SkuMappingObserver {

    /**
     * @param before the SKU as the replica held it until now; empty when it was not mapped
     * @param now    the SKU as it is stored now
     */
    void mapped(Optional<MappedSku> before, MappedSku now);
}
