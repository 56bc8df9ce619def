package io.suitetok.pricing.cutover;

import io.suitetok.pricing.store.CutoverStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread that sleeps until the next cutover's instant and applies it then, rather than at the next
 * poll: that is what lets TikTok switch within a second of finance. It looks again at least every
 * {@code recheck} (a cutover prepared meanwhile by another replica, a clock step), and at once when
 * told a nearer one was prepared.
 */
public class CutoverClock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CutoverClock.class);

    private final CutoverStore cutovers;
    private final CutoverApplier applier;
    private final Clock clock;
    private final Duration recheck;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition prepared = lock.newCondition();
    private final Thread thread;
    private volatile boolean running = true;

    public CutoverClock(CutoverStore cutovers, CutoverApplier applier, Clock clock, Duration recheck) {
        this.cutovers = cutovers;
        this.applier = applier;
        this.clock = clock;
        this.recheck = recheck;
        this.thread = new Thread(this::run, "price-cutover-clock");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** A cutover was prepared: look again now, it may be nearer than the one slept for. */
    public void wake() {
        lock.lock();
        try {
            prepared.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (running) {
            try {
                applier.applyDue(clock.instant());
                Instant next = cutovers.next().orElse(null);
                long waitMillis = recheck.toMillis();
                if (next != null) {
                    waitMillis = Math.min(waitMillis, Math.max(0, Duration.between(clock.instant(), next).toMillis()));
                }
                if (waitMillis > 0) {
                    lock.lock();
                    try {
                        prepared.await(waitMillis, TimeUnit.MILLISECONDS);
                    } finally {
                        lock.unlock();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("price cutovers not applied this time, trying again shortly: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(Math.min(1000, recheck.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
