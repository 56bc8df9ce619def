package io.suitetok.inventory.levels;

import io.suitetok.model.event.EventType;

/** Events the inventory flow publishes. */
public enum InventoryEvents implements EventType {
    /** The sellable quantity of a SKU in a TikTok warehouse changed; payload {@link io.suitetok.model.inventory.InventoryLevel}. */
    InventoryLevelChanged;

    @Override
    public int schemaVersion() {
        return 1;
    }
}
