package io.suitetok.orders.mapping;

import io.suitetok.netsuite.gateway.SalesOrderDraft;
import java.util.List;

/** A Sales Order ready to write, or the reasons it cannot be written yet. */
public record SalesOrderMapping(SalesOrderDraft draft, List<String> parkReasons) {

    public static SalesOrderMapping ready(SalesOrderDraft draft) {
        return new SalesOrderMapping(draft, List.of());
    }

    public static SalesOrderMapping parked(List<String> reasons) {
        return new SalesOrderMapping(null, List.copyOf(reasons));
    }

    public boolean isParked() {
        return !parkReasons.isEmpty();
    }
}
