package io.suitetok.sandbox.tiktok;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The one lock over the simulator's shop state. Orders touch stock, cancellations touch stock and
 * orders, settlement reads orders: a single lock keeps every such change atomic (500 concurrent
 * buyers of 100 units sell exactly 100) without lock-ordering puzzles. Work done under it is
 * in-memory and short; webhook delivery and response writing happen outside.
 */
@Component
public class StateLock {

    private final ReentrantLock lock = new ReentrantLock();

    public <T> T apply(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    public void run(Runnable work) {
        apply(() -> {
            work.run();
            return null;
        });
    }
}
