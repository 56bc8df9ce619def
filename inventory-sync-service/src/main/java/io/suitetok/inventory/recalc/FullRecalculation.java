package io.suitetok.inventory.recalc;

import io.suitetok.inventory.config.InventoryProperties;
import io.suitetok.inventory.netsuite.AvailabilityReader;
import io.suitetok.inventory.store.RecalculationStore;
import io.suitetok.inventory.store.RecalculationStore.Recalculation;
import io.suitetok.inventory.store.SkuMappingStore;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every mapped item from NetSuite, whatever its last change, and recomputes every level: the
 * slow schedule's safety net (a missed movement, a changed rule) and ops' "do it now". Runs in the
 * background, a chunk of items at a time, recording its progress; one at a time per replica.
 */
public class FullRecalculation implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FullRecalculation.class);

    private final SkuMappingStore mappings;
    private final AvailabilityReader reader;
    private final RecalculationStore runs;
    private final InventoryProperties properties;
    private final ExecutorService worker;
    private final AtomicLong running = new AtomicLong(0);

    public FullRecalculation(SkuMappingStore mappings, AvailabilityReader reader, RecalculationStore runs,
            InventoryProperties properties) {
        this.mappings = mappings;
        this.reader = reader;
        this.runs = runs;
        this.properties = properties;
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inventory-recalculation");
            thread.setDaemon(true);
            return thread;
        });
        // A run left RUNNING by a stopped process never finishes; say so rather than show it forever.
        runs.abandonRunning();
    }

    /** Starts a run in the background, or returns the one already running. */
    public synchronized Recalculation start(String trigger) {
        long current = running.get();
        if (current != 0) {
            return runs.find(current).orElseThrow();
        }
        List<String> items = mappings.mappedItems();
        long id = runs.start(trigger, items.size());
        running.set(id);
        worker.submit(() -> run(id, items));
        return runs.find(id).orElseThrow();
    }

    /** Runs in the caller's thread (schedules, benchmarks); a run already going is not doubled. */
    public Recalculation runNow(String trigger) {
        Recalculation started = start(trigger);
        while (true) {
            Recalculation now = runs.find(started.id()).orElseThrow();
            if (!"RUNNING".equals(now.state())) {
                return now;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return now;
            }
        }
    }

    private void run(long id, List<String> items) {
        int done = 0;
        int changed = 0;
        try {
            for (int from = 0; from < items.size(); from += properties.itemsPerRead()) {
                List<String> chunk = items.subList(from, Math.min(items.size(), from + properties.itemsPerRead()));
                changed += reader.readItems(chunk);
                done += chunk.size();
                runs.progress(id, done, changed);
            }
            runs.finish(id, "DONE", null);
            log.info("full recalculation {}: {} items read, {} levels changed", id, done, changed);
        } catch (RuntimeException e) {
            log.warn("full recalculation {} failed after {} items: {}", id, done, e.toString());
            runs.finish(id, "FAILED", e.toString());
        } finally {
            running.set(0);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
