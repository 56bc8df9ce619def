package io.suitetok.settlement.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a run used. Two figures, because "used" alone overstates: the sampled peak includes garbage
 * the collector has not reached yet (it grows towards -Xmx by design), while the peak after a collection is
 * what the run really kept alive. A streaming ingest keeps the second flat however many lines it reads.
 */
final class HeapHighWater implements AutoCloseable {

    private static final long SAMPLE_EVERY_MS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong sampledPeak = new AtomicLong();
    private final AtomicLong afterGcPeak = new AtomicLong();
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapHighWater() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                .mapToLong(MemoryUsage::getUsed).sum();
                        afterGcPeak.accumulateAndGet(after, Math::max);
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
        }
        sampler = new Thread(() -> {
            while (running) {
                sampledPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_EVERY_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-high-water");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Forgets what was used before the measured part (start-up, the simulator's totals). */
    void reset() {
        System.gc();
        sampledPeak.set(memory.getHeapMemoryUsage().getUsed());
        afterGcPeak.set(0);
    }

    long sampledPeakBytes() {
        return sampledPeak.get();
    }

    long afterGcPeakBytes() {
        return afterGcPeak.get();
    }

    static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        unsubscribe.forEach(Runnable::run);
    }
}
