package io.suitetok.sandbox.tiktok;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until a deadline instead of sleeping a fixed time and hoping. */
final class Eventually {

    private Eventually() {
    }

    static void within(Duration deadline, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
        if (!condition.getAsBoolean()) {
            throw new AssertionError("not true within " + deadline + ": " + what);
        }
    }
}
