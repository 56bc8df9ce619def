package io.suitetok.inventory.push;

import java.time.Duration;
import java.time.Instant;

/**
 * The units to hold back from a value sent while TikTok shows stock.
 *
 * <p>Update Inventory sets an absolute count, and TikTok offers no conditional or relative update. An order
 * TikTok takes between the push's read and TikTok applying the update is overwritten: its units are offered
 * again although they are sold. The window cannot be closed, so it is priced in. The hub expects TikTok to
 * take {@code rate × window} units during the call: the rate is how fast TikTok's count fell since the hub
 * last set it (TikTok's own count, so orders the hub has not heard of yet are in it), the window two round
 * trips of the read just made (the read's answer, then the update). Three times that, rounded up, is held
 * back: the window is overrun only when orders come at more than three times the rate just seen. Under a
 * twentieth of a unit expected, nothing is held back, so a quiet SKU is not shorted.
 *
 * <p>At 0 TikTok takes no orders, so a raise from 0 holds nothing back. The rate is blind to a sale that
 * starts long after the last set (the first push of the sale measures it at once).
 */
final class SalesDuringTheCall {

    /** How many times the expected units are held back. */
    static final double MARGIN = 3;
    /** Expected units below which the window is ignored. */
    static final double NEGLIGIBLE = 0.05;

    private SalesDuringTheCall() {
    }

    /**
     * @param lastSet   the value TikTok last took from the hub, or null before the first
     * @param lastSetAt when TikTok answered that call
     * @param tiktokNow what TikTok shows at the read
     * @param readAt    when the read was answered
     * @param readTrip  how long the read took
     */
    static long unitsToHoldBack(Integer lastSet, Instant lastSetAt, long tiktokNow, Instant readAt, Duration readTrip) {
        if (tiktokNow <= 0 || lastSet == null || lastSetAt == null || lastSet <= tiktokNow) {
            return 0;
        }
        double secondsSinceSet = Math.max(Duration.between(lastSetAt, readAt).toNanos(), 1_000_000) / 1e9;
        double unitsPerSecond = (lastSet - tiktokNow) / secondsSinceSet;
        double expected = unitsPerSecond * 2 * readTrip.toNanos() / 1e9;
        return expected < NEGLIGIBLE ? 0 : (long) Math.ceil(expected * MARGIN);
    }
}
