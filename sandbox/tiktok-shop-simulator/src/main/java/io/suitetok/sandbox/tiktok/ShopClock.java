package io.suitetok.sandbox.tiktok;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shop's notion of now: the settings' clock plus an offset that tests move forward (control
 * API), so that a promotion can begin and end without waiting for it. It drives everything the shop
 * stamps or decides by time (activities, prices, orders, statements, webhooks). TikTok's protocol
 * checks (the request timestamp window, token lifetimes) keep the settings' clock, so a client on
 * the real clock stays welcome while the shop's time runs ahead.
 */
public final class ShopClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public ShopClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private ShopClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ShopClock(base.withZone(zone), offset);
    }

    public Duration offset() {
        return offset.get();
    }

    /** Time only moves forward: a shop that went back would see activities end before they began. */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw SandboxRefusal.badRequest("the shop clock only moves forward; got " + by);
        }
        offset.updateAndGet(current -> current.plus(by));
    }

    /** Back to the settings' clock (a reset). */
    public void resetOffset() {
        offset.set(Duration.ZERO);
    }
}
