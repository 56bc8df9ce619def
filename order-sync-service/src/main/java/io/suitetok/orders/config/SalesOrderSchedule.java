package io.suitetok.orders.config;

import io.suitetok.orders.netsuite.SalesOrderFlusher;
import io.suitetok.orders.netsuite.SalesOrderWriteBack;
import io.suitetok.runtime.lifecycle.StopsFirst;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Writes waiting orders to NetSuite and their Sales Order numbers back to TikTok, each on loops of its own.
 *
 * <p>{@code flush-workers} loops each take a batch and write it, take the next at once while batches come
 * full (more are waiting) and look again after {@code flush-interval} when one did not; the gateway's permits
 * keep them within the service's NetSuite share. The loops are independent on purpose. They used to run as
 * rounds (every worker drained, then the round ended and the next began): a worker that found a short batch
 * at the start of a LIVE burst sat the whole burst out while another kept finding full ones, so NetSuite
 * permits went unused while orders waited. The write-back has a loop of its own, so it neither waits for a
 * burst to drain nor holds a flush back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "hub.orders", name = "flush-enabled", havingValue = "true", matchIfMissing = true)
public class SalesOrderSchedule extends StopsFirst {

    private static final Logger log = LoggerFactory.getLogger(SalesOrderSchedule.class);
    /** Kubernetes kills a pod 30 s after SIGTERM: a batch on the wire gets this long to record its outcome. */
    private static final Duration MOST_TO_WAIT_FOR_A_BATCH = Duration.ofSeconds(15);

    private final SalesOrderFlusher flusher;
    private final SalesOrderWriteBack writeBack;
    private final OrderProperties properties;
    private final ThreadPoolTaskScheduler loops = new ThreadPoolTaskScheduler();

    public SalesOrderSchedule(SalesOrderFlusher flusher, SalesOrderWriteBack writeBack, OrderProperties properties) {
        this.flusher = flusher;
        this.writeBack = writeBack;
        this.properties = properties;
    }

    @Override
    protected void startSchedules() {
        loops.setPoolSize(properties.flushWorkers() + 1);
        loops.setThreadNamePrefix("sales-orders-");
        loops.setWaitForTasksToCompleteOnShutdown(true);
        loops.setAwaitTerminationMillis(MOST_TO_WAIT_FOR_A_BATCH.toMillis());
        loops.initialize();
        for (int i = 0; i < properties.flushWorkers(); i++) {
            loops.scheduleWithFixedDelay(this::drain, properties.flushInterval());
        }
        loops.scheduleWithFixedDelay(this::writeBack, properties.flushInterval());
    }

    private void drain() {
        whileBatchesComeFull(flusher::flushOnce, "Sales Order flush failed; the orders stay queued");
    }

    private void writeBack() {
        whileBatchesComeFull(() -> writeBack.writeBackPending(properties.batchSize()),
                "write-back to TikTok failed; it is tried again next round");
    }

    /** One loop's turn: batch after batch while each comes full (more are waiting), until stopped. */
    private void whileBatchesComeFull(IntSupplier batch, String whenFailed) {
        try {
            while (isRunning() && batch.getAsInt() >= properties.batchSize()) {
                // a full batch means more are waiting: keep going before sleeping
            }
        } catch (RuntimeException e) {
            log.warn("{}: {}", whenFailed, e.toString());
        }
    }

    /**
     * No batch starts after this; one on the wire is waited for so its outcome is recorded (an order whose
     * outcome is lost is written again, by its external id, to the same Sales Order).
     */
    @Override
    protected void stopSchedules() {
        loops.shutdown();
    }
}
