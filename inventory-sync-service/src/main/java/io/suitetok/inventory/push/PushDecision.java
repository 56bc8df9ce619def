package io.suitetok.inventory.push;

/**
 * Whether a computed level goes to TikTok. TikTok takes sold units off its own count, so what it shows
 * now is not the value it last accepted but that value less the units sold since (orders TikTok created
 * after it accepted the value; an order it took before the value arrived was overwritten by it). Only a difference from <em>that</em> is news for TikTok; pushing the
 * hub's number on every TikTok order would instead hand back units TikTok has just sold to buyers the
 * hub has not heard of yet.
 */
public final class PushDecision {

    /** What to do with one level. */
    public enum Action {
        /** TikTok shows this already: no call. */
        IN_SYNC,
        /** Send the new value. */
        PUSH,
        /** Wait: the drop may only be NetSuite committing TikTok orders TikTok already took off. */
        HOLD
    }

    private PushDecision() {
    }

    /**
     * @param sellable           the newest computed value
     * @param acceptedQuantity   what TikTok last accepted, or null if it never accepted a value
     * @param soldSinceAccepted  TikTok units of orders created after TikTok accepted that value
     * @param explainable        units a drop may be made of without being news: units NetSuite committed
     *                           since the accepted value that the hub did not count in flight (a Sales
     *                           Order of a TikTok order the hub may not have heard of, or heard written,
     *                           yet; TikTok took those units off already)
     * @param holdExpired        the level has been due for longer than the settle time
     */
    public static Action decide(long sellable, Integer acceptedQuantity, long soldSinceAccepted, long explainable,
            boolean holdExpired) {
        if (acceptedQuantity == null) {
            return Action.PUSH;
        }
        long expectedOnTikTok = Math.max(0, acceptedQuantity - soldSinceAccepted);
        if (sellable == expectedOnTikTok) {
            return Action.IN_SYNC;
        }
        long drop = expectedOnTikTok - sellable;
        // NetSuite commits a TikTok order's Sales Order before the hub hears it was written, sometimes before
        // it hears of the order at all; meanwhile the number dips. Sending the dip would overwrite units
        // TikTok sold meanwhile. A drop from another channel's order is sent once the settle time is over.
        if (drop > 0 && drop <= explainable && !holdExpired) {
            return Action.HOLD;
        }
        return Action.PUSH;
    }

    /** What TikTok is expected to show now. */
    public static long expectedOnTikTok(int acceptedQuantity, long soldSinceAccepted) {
        return Math.max(0, acceptedQuantity - soldSinceAccepted);
    }
}
