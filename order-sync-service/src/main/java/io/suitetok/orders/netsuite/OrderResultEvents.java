package io.suitetok.orders.netsuite;

import io.suitetok.model.event.EventType;

/** What happened to an order in NetSuite, on orders.netsuite-results.v1; payload {@link io.suitetok.model.order.SalesOrderResult}. */
public enum OrderResultEvents implements EventType {
    SalesOrderWritten,
    OrderParked,
    OrderWaiting;

    @Override
    public int schemaVersion() {
        return 1;
    }
}
