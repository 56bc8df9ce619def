package io.suitetok.catalog.listing;

import io.suitetok.model.event.EventType;

/** Events the catalogue publishes. */
public enum CatalogEvents implements EventType {
    /** A SKU's TikTok ids or listing status changed; payload {@link io.suitetok.model.catalog.SkuMapping}. */
    SkuMappingChanged;

    @Override
    public int schemaVersion() {
        return 1;
    }
}
