package io.suitetok.inventory.sellable;

/**
 * Everything the sellable quantity of one SKU in one TikTok warehouse depends on, already summed
 * over the NetSuite locations that feed the warehouse.
 *
 * @param available     NetSuite's quantity available (on hand less committed), whole units
 * @param inTransit     units on their way (NetSuite's on-order quantity), whole units
 * @param inFlightUnits units of TikTok orders the hub received that NetSuite has not committed yet
 */
public record SellableInputs(long available, long inTransit, SafetyStock safetyStock, long inFlightUnits,
        ChannelRules rules) {

    public SellableInputs {
        if (available < 0 || inTransit < 0 || inFlightUnits < 0) {
            throw new IllegalArgumentException("stock quantities cannot be negative");
        }
        safetyStock = safetyStock == null ? SafetyStock.NONE : safetyStock;
        rules = rules == null ? ChannelRules.DEFAULT : rules;
    }
}
