package io.suitetok.orders.netsuite;

import io.suitetok.model.event.EventType;

/** What happened to an order in NetSuite, on orders.netsuite-results.v1. */
public enum OrderResultEvents implements EventType {
    SalesOrderWritten,
    OrderParked,
    OrderWaiting;

    @Override
    public int schemaVersion() {
        return 1;
    }

    /**
     * The payload: the order, where it stands, and what NetSuite calls it.
     *
     * @param units sold and committed-or-closed units per seller SKU, for the inventory flow's in-flight count
     */
    public record Result(String shopId, String orderId, String stage, String netsuiteId, String tranId,
            java.util.List<String> reasons, java.util.Map<String, Integer> units) {
    }
}
