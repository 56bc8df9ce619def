package io.suitetok.netsuite.governance;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The client-side bulkhead for this service's share of the account's SuiteTalk concurrency limit.
 *
 * <p>At most {@link #limit()} requests are in flight. The limit starts at the configured share. A
 * concurrency fault means other integrations are using the account's slots, so the limit drops to
 * three quarters (at least one less); requests that were granted before that drop and fail too do
 * not lower it again. After a quiet period without concurrency faults the limit climbs back by one,
 * never above the share. This is additive-increase, multiplicative-decrease, as TCP does for the same
 * problem: find what the shared resource can take without being told.
 */
public final class AdaptiveConcurrencyLimit {

    private static final long WAKE_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final int share;
    private final long quietNanos;
    private final LongSupplier nanoClock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition slotFreed = lock.newCondition();

    private int limit;
    private int inUse;
    private long generation;
    private long lastChangeNanos;

    public AdaptiveConcurrencyLimit(int share, Duration recoveryQuietPeriod, LongSupplier nanoClock) {
        if (share < 1) {
            throw new IllegalArgumentException("share must be at least 1");
        }
        this.share = share;
        this.quietNanos = recoveryQuietPeriod.toNanos();
        this.nanoClock = nanoClock;
        this.limit = share;
        this.lastChangeNanos = nanoClock.getAsLong();
    }

    public AdaptiveConcurrencyLimit(int share, Duration recoveryQuietPeriod) {
        this(share, recoveryQuietPeriod, System::nanoTime);
    }

    /** Waits for a slot; throws {@link PermitTimeoutException} when none comes free within {@code timeout}. */
    public Permit acquire(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lockInterruptibly();
        try {
            raiseAfterQuietPeriod();
            while (inUse >= limit) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new PermitTimeoutException(timeout, limit);
                }
                // Wake now and then, so that a limit raised by the quiet period is noticed without a release.
                slotFreed.awaitNanos(Math.min(remaining, WAKE_INTERVAL_NANOS));
                raiseAfterQuietPeriod();
            }
            inUse++;
            return new Permit(generation);
        } finally {
            lock.unlock();
        }
    }

    public void release(Permit permit) {
        lock.lock();
        try {
            inUse--;
            raiseAfterQuietPeriod();
            slotFreed.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The request holding {@code permit} was refused for concurrency. */
    public void throttled(Permit permit) {
        lock.lock();
        try {
            if (permit.generation() != generation) {
                return;
            }
            limit = Math.max(1, Math.min(limit - 1, limit * 3 / 4));
            generation++;
            lastChangeNanos = nanoClock.getAsLong();
        } finally {
            lock.unlock();
        }
    }

    public int limit() {
        lock.lock();
        try {
            raiseAfterQuietPeriod();
            return limit;
        } finally {
            lock.unlock();
        }
    }

    public int inUse() {
        lock.lock();
        try {
            return inUse;
        } finally {
            lock.unlock();
        }
    }

    public int share() {
        return share;
    }

    private void raiseAfterQuietPeriod() {
        long now = nanoClock.getAsLong();
        if (limit < share && now - lastChangeNanos >= quietNanos) {
            limit++;
            lastChangeNanos = now;
            slotFreed.signalAll();
        }
    }
}
