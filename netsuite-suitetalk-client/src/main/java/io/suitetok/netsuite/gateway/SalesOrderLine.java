package io.suitetok.netsuite.gateway;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;

/**
 * One Sales Order line.
 *
 * @param rate        unit price; {@code null} leaves NetSuite's price level in charge
 * @param location    optional; the order's location applies when absent
 * @param commit      optional; NetSuite's default ({@code _availableQty}) when absent
 * @param closed      a closed line (a cancelled unit) commits nothing
 * @param description optional
 */
public record SalesOrderLine(NetSuiteInternalId item, BigDecimal quantity, BigDecimal rate,
                             NetSuiteInternalId location, CommitInventory commit, boolean closed,
                             String description) {

    public SalesOrderLine {
        Required.present("item", item, "quantity", quantity);
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }

    public static SalesOrderLine of(NetSuiteInternalId item, BigDecimal quantity, BigDecimal rate) {
        return new SalesOrderLine(item, quantity, rate, null, null, false, null);
    }
}
