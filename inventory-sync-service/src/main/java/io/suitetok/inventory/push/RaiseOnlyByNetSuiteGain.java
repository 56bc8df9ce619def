package io.suitetok.inventory.push;

import io.suitetok.inventory.sellable.SellableQuantity;

/**
 * The value to send to TikTok for one SKU and warehouse, given what TikTok shows right now.
 *
 * <p>TikTok's Update Inventory sets an absolute count, and TikTok takes its own sales off that count
 * before the hub hears of them (orders.v1 comes a second or two later). A value computed from the hub's
 * knowledge alone would hand back those units. So the hub reads TikTok's count {@code T} first and never
 * raises it by more than NetSuite gained since the last push. NetSuite's side is measured by a basis
 * {@code B} (counted units plus the TikTok units NetSuite is known to have committed) that TikTok's
 * own sales do not move: a sale takes a unit off TikTok's count and later off NetSuite's available
 * quantity, but then also onto the committed TikTok units. The most TikTok may show is
 *
 * <pre>  ceiling = T + (B − pushedBasis)</pre>
 *
 * and the value sent is {@code min(sellable, ceiling)}, clamped to 0..99,999 and the out-of-stock
 * threshold applied again (a ceiling may land at or under it). Every TikTok sale, known or not, is in
 * {@code T}. A NetSuite commitment the hub has not yet matched to a TikTok order lowers {@code B} for a
 * while (the safe side); it rises back when the hub releases the order's line.
 *
 * <p>{@code pushedBasis} is the basis at the last push <em>less the headroom that push left unused</em>
 * ({@code ceiling − value}). Forgetting that headroom would be safe too, but a SKU held under its
 * ceiling by the sellable quantity (max-listed, safety stock, the threshold) would then never be
 * refilled after TikTok sold some of it until NetSuite gained stock. With it, the ceiling is the same
 * before and after a push, and moves only with TikTok's sales and NetSuite's gains or losses.
 *
 * <p>With no basis yet (the SKU was never pushed, or was remapped to another listing) the hub has
 * nothing to measure a gain against: it trusts its own estimate, {@code deliverable} (counted less
 * in-flight units), as every push did before this rule; a new listing has no unknown sales.
 */
public final class RaiseOnlyByNetSuiteGain {

    /** What to do with the level. */
    public enum Action {
        /** TikTok shows the value already: no call. */
        IN_SYNC,
        /** Send {@link Decision#value()}. */
        PUSH,
        /**
         * Wait and look again: a drop that NetSuite commitments of TikTok orders could explain (they resolve),
         * or a raise no larger than the units TikTok may sell during the call (the sale slows or sells out).
         */
        HOLD
    }

    /**
     * @param value            what TikTok should show
     * @param basisIfShown     the pushed basis to record once TikTok shows {@code value}
     * @param basisIfUnanswered the pushed basis to record when the call got no answer: TikTok may or may
     *                         not have applied the value, so whichever leaves the lower ceiling
     */
    public record Decision(Action action, long value, long basisIfShown, long basisIfUnanswered) {
    }

    private RaiseOnlyByNetSuiteGain() {
    }

    /**
     * @param sellable      the hub's sellable quantity (safety stock and channel rules applied)
     * @param tiktokNow     what TikTok shows now, just read
     * @param basis         the level's basis: counted + TikTok units NetSuite is known to have committed
     * @param pushedBasis   recorded at the last push, or null before the first
     * @param deliverable   counted − in-flight units: the ceiling when there is no pushed basis
     * @param explainable   units NetSuite committed since the last accepted value that the hub has not
     *                      matched to a TikTok order yet (they may be TikTok orders TikTok took off already)
     * @param holdExpired   the level has been due longer than {@code commit-settle}
     * @param outOfStockThreshold at or below it TikTok shows 0
     * @param holdBack      units TikTok may take during the call ({@link SalesDuringTheCall}): the value sent is
     *                      lower by them; a raise they would leave at or under TikTok's count waits (HOLD)
     */
    public static Decision decide(long sellable, long tiktokNow, long basis, Long pushedBasis, long deliverable,
            long explainable, boolean holdExpired, long outOfStockThreshold, long holdBack) {
        long ceiling = pushedBasis == null ? deliverable : tiktokNow + basis - pushedBasis;
        long wanted = belowThresholdIsZero(Math.max(0, Math.min(Math.min(sellable, ceiling),
                SellableQuantity.TIKTOK_MAXIMUM)), outOfStockThreshold);
        if (wanted == tiktokNow) {
            return decision(Action.IN_SYNC, wanted, tiktokNow, basis, ceiling);
        }
        long drop = tiktokNow - wanted;
        // NetSuite commits a TikTok order's Sales Order before the hub hears it was written: for a while the
        // basis (and the sellable number) dip by units TikTok took off already. Sending the dip would be
        // safe but offer less, then send the units back moments later, during a sale, with each call
        // racing the orders TikTok takes meanwhile. A drop from another channel's order is sent once the
        // settle time is over.
        if (drop > 0 && drop <= explainable && !holdExpired) {
            return decision(Action.HOLD, wanted, tiktokNow, basis, ceiling);
        }
        // The held-back units stay under the ceiling as headroom: the next push sends them, from 0 at the latest.
        long value = belowThresholdIsZero(Math.max(0, wanted - holdBack), outOfStockThreshold);
        if (wanted > tiktokNow && value <= tiktokNow) {
            // A raise smaller than what TikTok may sell during the call: it waits for the sale to slow or sell out.
            return decision(Action.HOLD, tiktokNow, tiktokNow, basis, ceiling);
        }
        return decision(Action.PUSH, value, tiktokNow, basis, ceiling);
    }

    private static Decision decision(Action action, long value, long tiktokNow, long basis, long ceiling) {
        // Recording basis − (ceiling − value) keeps the ceiling where it is once TikTok shows value.
        return new Decision(action, value, basis - (ceiling - value), basis - (ceiling - Math.max(value, tiktokNow)));
    }

    private static long belowThresholdIsZero(long value, long outOfStockThreshold) {
        return value > 0 && value <= outOfStockThreshold ? 0 : value;
    }

    /**
     * A first push (no pushed basis yet: a new listing, a remapped SKU) is decided without TikTok's count:
     * its ceiling is the hub's own estimate either way, so reading the product first would only tell
     * whether the value is already there. The caller sends it unread; what TikTok showed stays unknown, so
     * nothing is recorded for an unanswered call (the next push is a first push again).
     */
    public static Decision firstPush(long sellable, long basis, long deliverable, long outOfStockThreshold) {
        long value = belowThresholdIsZero(Math.max(0, Math.min(Math.min(sellable, deliverable),
                SellableQuantity.TIKTOK_MAXIMUM)), outOfStockThreshold);
        long basisIfShown = basis - (deliverable - value);
        return new Decision(Action.PUSH, value, basisIfShown, basisIfShown);
    }
}
