package io.suitetok.orders.config;

import io.suitetok.orders.netsuite.SalesOrderFlusher;
import io.suitetok.orders.netsuite.SalesOrderWriteBack;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Flushes waiting orders to NetSuite every short window (or at once when a batch is full), then writes back. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "hub.orders", name = "flush-enabled", havingValue = "true", matchIfMissing = true)
public class SalesOrderSchedule {

    private static final Logger log = LoggerFactory.getLogger(SalesOrderSchedule.class);

    private final SalesOrderFlusher flusher;
    private final SalesOrderWriteBack writeBack;
    private final OrderProperties properties;
    private final ExecutorService pool;

    public SalesOrderSchedule(SalesOrderFlusher flusher, SalesOrderWriteBack writeBack, OrderProperties properties) {
        this.flusher = flusher;
        this.writeBack = writeBack;
        this.properties = properties;
        this.pool = Executors.newFixedThreadPool(properties.flushWorkers());
    }

    /**
     * Runs {@code flushWorkers} batches side by side (each locks its own rows), so the service uses its
     * whole share of NetSuite's concurrency limit; the gateway's permits keep it within that share.
     */
    @Scheduled(fixedDelayString = "${hub.orders.flush-interval:250ms}")
    void flush() {
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int i = 0; i < properties.flushWorkers(); i++) {
            workers.add(CompletableFuture.runAsync(this::drain, pool));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        try {
            writeBack.writeBackPending(properties.batchSize());
        } catch (RuntimeException e) {
            log.warn("write-back to TikTok failed; it is tried again next round: {}", e.toString());
        }
    }

    private void drain() {
        try {
            while (flusher.flushOnce() >= properties.batchSize()) {
                // a full batch means more are waiting: keep going before sleeping
            }
        } catch (RuntimeException e) {
            log.warn("Sales Order flush failed; the orders stay queued: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
