package io.suitetok.runtime.support;

import io.suitetok.model.event.EventType;

/** The catalogue's event as catalog-sync-service names it, for tests of the runtime's replica. */
public enum CatalogEvents implements EventType {
    SkuMappingChanged;

    @Override
    public int schemaVersion() {
        return 1;
    }
}
