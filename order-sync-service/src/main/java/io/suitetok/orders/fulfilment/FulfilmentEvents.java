package io.suitetok.orders.fulfilment;

import io.suitetok.model.event.EventType;

/** Events on orders.fulfilments.v1; payload {@link io.suitetok.model.order.OrderShipment}. */
public enum FulfilmentEvents implements EventType {
    /** TikTok accepted a NetSuite fulfilment: its units are shipped with a tracking number. */
    OrderShipped;

    @Override
    public int schemaVersion() {
        return 1;
    }
}
