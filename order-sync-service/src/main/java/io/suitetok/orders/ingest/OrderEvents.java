package io.suitetok.orders.ingest;

import io.suitetok.model.event.EventType;

/** Events of the order flow. */
public enum OrderEvents implements EventType {
    /** A newer snapshot of a TikTok order; payload {@link io.suitetok.model.order.Order}. */
    OrderSnapshotReceived;

    @Override
    public int schemaVersion() {
        return 1;
    }
}
