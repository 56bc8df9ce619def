package io.suitetok.inventory.sellable;

/**
 * The number of units of one SKU that one TikTok warehouse may offer. NetSuite owns the stock; the
 * hub only decides how much of it TikTok shows. In this order:
 *
 * <ol>
 *   <li><b>available</b>: NetSuite's quantity available (on hand − committed) summed over the
 *       locations mapped to the warehouse. Committed units already belong to Sales Orders.</li>
 *   <li><b>+ in transit</b>, only when the shop counts it ({@link ChannelRules#includeInTransit()}):
 *       units on their way, sold ahead of arrival.</li>
 *   <li><b>− safety stock</b>: units or a percentage of what was counted, per SKU or the shop's
 *       default, held back against counting errors and other channels.</li>
 *   <li><b>− in-flight units</b>: TikTok orders the hub has received (orders.v1) whose units
 *       NetSuite has not committed yet. TikTok took them off its own count when it sold them; without
 *       this term a push would give them back.</li>
 *   <li><b>floor at 0</b>: a negative number would be refused, and 0 already stops sales.</li>
 *   <li><b>cap</b> at TikTok's maximum of 99,999 and at the shop's {@code maxListed}.</li>
 *   <li><b>out-of-stock threshold</b>: at or below it, 0.</li>
 * </ol>
 *
 * Pure and small on purpose: it is the one formula, tested case by case.
 */
public final class SellableQuantity {

    /** TikTok's inventory update accepts 0 to 99,999. */
    public static final long TIKTOK_MAXIMUM = 99_999;

    private SellableQuantity() {
    }

    public static SellableTerms of(SellableInputs in) {
        ChannelRules rules = in.rules();
        long inTransit = rules.includeInTransit() ? in.inTransit() : 0;
        long counted = in.available() + inTransit;
        long safety = in.safetyStock().unitsOf(counted);
        long beforeRules = Math.max(0, counted - safety - in.inFlightUnits());

        long sellable = beforeRules;
        String limitedBy = null;
        if (sellable > TIKTOK_MAXIMUM) {
            sellable = TIKTOK_MAXIMUM;
            limitedBy = "tiktok-maximum";
        }
        if (sellable > rules.maxListed()) {
            sellable = rules.maxListed();
            limitedBy = "max-listed";
        }
        if (sellable > 0 && sellable <= rules.outOfStockThreshold()) {
            sellable = 0;
            limitedBy = "out-of-stock-threshold";
        }
        return new SellableTerms(in.available(), inTransit, counted, safety, in.inFlightUnits(), beforeRules,
                sellable, limitedBy);
    }
}
