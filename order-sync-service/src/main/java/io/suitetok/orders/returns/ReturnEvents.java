package io.suitetok.orders.returns;

import io.suitetok.model.event.EventType;

/** What happened to a return in NetSuite, on orders.returns.v1; payload {@link io.suitetok.model.order.ReturnResult}. */
public enum ReturnEvents implements EventType {
    ReturnSettled,
    ReturnParked;

    @Override
    public int schemaVersion() {
        return 1;
    }
}
