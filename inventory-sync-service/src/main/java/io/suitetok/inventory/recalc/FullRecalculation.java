package io.suitetok.inventory.recalc;

import io.suitetok.inventory.config.InventoryProperties;
import io.suitetok.inventory.netsuite.AvailabilityReader;
import io.suitetok.inventory.netsuite.AvailabilityReader.ItemsRead;
import io.suitetok.inventory.store.RecalculationStore;
import io.suitetok.inventory.store.RecalculationStore.Recalculation;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every mapped item from NetSuite, whatever its last change, and recomputes every level: the
 * slow schedule's safety net (a missed movement, a changed rule) and ops' "do it now". Runs in the
 * background, a chunk of items at a time, recording its progress.
 *
 * <p>One run at a time across all replicas: a run holds a session-level PostgreSQL advisory lock on a
 * connection of its own for its whole life. The lock dies with the session, so a run found RUNNING
 * while the lock is free belongs to a replica that stopped: only then is it marked ABANDONED. A chunk
 * NetSuite fails is tried again a few times before the run fails.
 */
public class FullRecalculation implements AutoCloseable {

    /** The advisory lock key: any constant shared by every replica of this service. */
    public static final long LOCK_KEY = 4_242_001L;
    private static final int CHUNK_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(FullRecalculation.class);

    private final SkuMappingReplica mappings;
    private final AvailabilityReader reader;
    private final RecalculationStore runs;
    private final InventoryProperties properties;
    private final DataSource dataSource;
    private final ExecutorService worker = singleThread("inventory-recalculation");
    private final ExecutorService prefetch = singleThread("inventory-recalculation-read");
    private final AtomicLong running = new AtomicLong(0);

    public FullRecalculation(SkuMappingReplica mappings, AvailabilityReader reader, RecalculationStore runs,
            InventoryProperties properties, DataSource dataSource) {
        this.mappings = mappings;
        this.reader = reader;
        this.runs = runs;
        this.properties = properties;
        this.dataSource = dataSource;
    }

    private static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * The schedule's run: skipped when some replica finished one within the interval (every replica
     * runs the schedule, and each starts it at boot).
     */
    public void startScheduled() {
        if (runs.finishedWithin(properties.fullRecalculationInterval().minus(Duration.ofSeconds(1)))) {
            return;
        }
        start("schedule");
    }

    /** Starts a run in the background, or returns the one already running on any replica. */
    public synchronized Recalculation start(String trigger) {
        long current = running.get();
        if (current != 0) {
            return runs.find(current).orElseThrow();
        }
        Connection lock = tryLock();
        if (lock == null) {
            // Another replica runs one; its row may not be inserted yet, in which case the newest run is shown.
            return runs.newestRunning().or(runs::newest).orElseThrow(() -> new IllegalStateException(
                    "another replica holds the recalculation lock but no run is recorded yet"));
        }
        try {
            runs.abandonRunning(); // we hold the lock: a RUNNING row left behind has no owner any more
            List<String> items = mappings.mappedItems();
            long id = runs.start(trigger, items.size());
            running.set(id);
            worker.submit(() -> {
                try {
                    run(id, items);
                } finally {
                    release(lock);
                }
            });
            return runs.find(id).orElseThrow();
        } catch (RuntimeException e) {
            running.set(0);
            release(lock);
            throw e;
        }
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
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += properties.itemsPerRead()) {
            chunks.add(items.subList(from, Math.min(items.size(), from + properties.itemsPerRead())));
        }
        try {
            // One chunk is fetched from NetSuite while the one before is stored and recomputed: a single
            // request in flight, as before, but NetSuite's answer time no longer adds up chunk after chunk.
            CompletableFuture<ItemsRead> next = chunks.isEmpty() ? null : fetchAhead(chunks.get(0));
            for (int i = 0; i < chunks.size(); i++) {
                List<String> chunk = chunks.get(i);
                ItemsRead read = awaitQuietly(next);
                next = i + 1 < chunks.size() ? fetchAhead(chunks.get(i + 1)) : null;
                changed += read == null ? readChunk(chunk) : storeChunk(read, chunk);
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

    private CompletableFuture<ItemsRead> fetchAhead(List<String> chunk) {
        return CompletableFuture.supplyAsync(() -> reader.fetch(chunk), prefetch);
    }

    /** A fetch that failed is not an error yet: the chunk is read again, with retries. */
    private static ItemsRead awaitQuietly(CompletableFuture<ItemsRead> fetch) {
        try {
            return fetch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading NetSuite", e);
        } catch (ExecutionException e) {
            log.info("recalculation read failed, reading the chunk again: {}", e.getCause().toString());
            return null;
        }
    }

    private int storeChunk(ItemsRead read, List<String> chunk) {
        try {
            return reader.store(read);
        } catch (RuntimeException e) {
            log.info("storing a recalculation chunk failed, reading it again: {}", e.toString());
            return readChunk(chunk);
        }
    }

    /** One throttled or failed NetSuite request should not throw away the hours of a whole run. */
    private int readChunk(List<String> chunk) {
        for (int attempt = 1; ; attempt++) {
            try {
                return reader.readItems(chunk);
            } catch (RuntimeException e) {
                if (attempt >= CHUNK_ATTEMPTS) {
                    throw e;
                }
                log.info("recalculation chunk of {} items failed (attempt {}), trying again: {}", chunk.size(), attempt,
                        e.toString());
                sleep(properties.retryBaseDelay().multipliedBy(attempt));
            }
        }
    }

    private Connection tryLock() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + LOCK_KEY + ")")) {
                if (result.next() && result.getBoolean(1)) {
                    return connection;
                }
            }
            connection.close();
            return null;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("could not take the recalculation lock", e);
        }
    }

    private static void release(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
        } catch (SQLException e) {
            log.warn("could not release the recalculation lock; closing the session releases it: {}", e.toString());
        } finally {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("closing the lock connection failed", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between recalculation attempts", e);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        prefetch.shutdownNow();
    }
}
