package io.suitetok.inventory.sellable;

/**
 * The sellable quantity with every term that made it, so ops can answer "why is this 3?".
 *
 * @param counted      available, plus in transit when the shop counts it
 * @param safetyStock  units held back
 * @param inFlight     units TikTok sold that NetSuite has not committed yet
 * @param beforeRules  counted − safety stock − in flight, floored at 0
 * @param sellable     what TikTok should show
 * @param limitedBy    the rule that set the final number, if one did: {@code tiktok-maximum},
 *                     {@code max-listed} or {@code out-of-stock-threshold}
 */
public record SellableTerms(long available, long inTransit, long counted, long safetyStock, long inFlight,
        long beforeRules, long sellable, String limitedBy) {

    /** One line a person can read: the arithmetic, then the rule that capped it. */
    public String explanation() {
        String arithmetic = "available " + available + (inTransit > 0 ? " + in transit " + inTransit : "")
                + " − safety stock " + safetyStock + " − in-flight TikTok units " + inFlight + " = " + beforeRules;
        return limitedBy == null ? arithmetic : arithmetic + "; " + limitedBy + " makes it " + sellable;
    }
}
