package io.suitetok.pricing.price;

import io.suitetok.model.event.EventType;

/** Events the pricing flow publishes. */
public enum PricingEvents implements EventType {
    /** A SKU's effective price in a shop changed; payload {@link io.suitetok.model.pricing.PriceChange}. */
    PriceChanged;

    @Override
    public int schemaVersion() {
        return 1;
    }
}
