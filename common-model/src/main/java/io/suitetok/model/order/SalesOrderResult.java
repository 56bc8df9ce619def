package io.suitetok.model.order;

import java.util.List;
import java.util.Map;

/**
 * What happened to one TikTok order in NetSuite: the payload of {@code orders.netsuite-results.v1}
 * (event types {@code SalesOrderWritten}, {@code OrderParked}, {@code OrderWaiting}). The inventory
 * flow reads {@code units} to know which sold units NetSuite already holds as committed.
 *
 * @param stage      WRITTEN, PARKED or WAITING
 * @param netsuiteId the Sales Order's internal id, once written
 * @param tranId     the Sales Order number, once written
 * @param reasons    why the order is parked or waiting; empty when written
 * @param units      active (not cancelled) units per seller SKU in the order
 */
public record SalesOrderResult(String shopId, String orderId, String stage, String netsuiteId, String tranId,
        List<String> reasons, Map<String, Integer> units) {

    public SalesOrderResult {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        units = units == null ? Map.of() : Map.copyOf(units);
    }
}
