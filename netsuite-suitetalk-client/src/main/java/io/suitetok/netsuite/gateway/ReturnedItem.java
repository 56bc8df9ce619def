package io.suitetok.netsuite.gateway;

import io.suitetok.model.Required;
import io.suitetok.model.id.NetSuiteInternalId;
import java.math.BigDecimal;

/**
 * One line of a return document (Return Authorization or Credit Memo): an item, how many units and
 * at what unit rate. Units refunded at different amounts are separate lines, so that quantity times
 * rate adds up to TikTok's refund to the cent.
 *
 * @param description optional
 */
public record ReturnedItem(NetSuiteInternalId item, BigDecimal quantity, BigDecimal rate, String description) {

    public ReturnedItem {
        Required.present("item", item, "quantity", quantity, "rate", rate);
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }

    public BigDecimal amount() {
        return quantity.multiply(rate);
    }
}
