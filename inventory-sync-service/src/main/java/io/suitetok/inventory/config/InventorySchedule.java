package io.suitetok.inventory.config;

import io.suitetok.inventory.netsuite.AvailabilityReader;
import io.suitetok.inventory.netsuite.MovementDrain;
import io.suitetok.inventory.push.InventoryPusher;
import io.suitetok.inventory.recalc.FullRecalculation;
import io.suitetok.inventory.store.LevelVerifications;
import io.suitetok.inventory.store.TableStatistics;
import io.suitetok.runtime.lifecycle.StopsFirst;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The rhythms of the flow, each switchable: the delta poll of NetSuite (short), the full
 * recalculation (slow), the reads of moved items, the pushes to TikTok and the drift check that reads
 * every level back from TikTok (slow), plus the planner statistics of tables that grew. Each runs on its own
 * thread so a slow NetSuite read never delays a push.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class InventorySchedule extends StopsFirst implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(InventorySchedule.class);
    /** Kubernetes kills a pod 30 s after SIGTERM; the rest of the shutdown needs some of that too. */
    private static final Duration MOST_TO_WAIT_FOR_A_PUSH = Duration.ofSeconds(10);
    /** How soon the planner's statistics follow a table that grew (see TableStatistics). */
    private static final Duration STATISTICS_INTERVAL = Duration.ofSeconds(5);

    private final InventoryProperties properties;
    private final AvailabilityReader reader;
    private final MovementDrain movements;
    private final InventoryPusher pusher;
    private final FullRecalculation recalculation;
    private final LevelVerifications verifications;
    private final TableStatistics statistics;

    public InventorySchedule(InventoryProperties properties, AvailabilityReader reader, MovementDrain movements,
            InventoryPusher pusher, FullRecalculation recalculation, LevelVerifications verifications,
            TableStatistics statistics) {
        this.properties = properties;
        this.reader = reader;
        this.movements = movements;
        this.pusher = pusher;
        this.recalculation = recalculation;
        this.verifications = verifications;
        this.statistics = statistics;
    }

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    /** Not a bean: its life is this class's (see {@link #stop()}), not the context's destruction order. */
    private TaskScheduler inventoryTaskScheduler() {
        scheduler.setPoolSize(5);
        scheduler.setThreadNamePrefix("inventory-schedule-");
        // A read or a round under way finishes: it writes what it did before the database goes away.
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationMillis(MOST_TO_WAIT_FOR_A_PUSH.toMillis());
        scheduler.initialize();
        return scheduler;
    }

    @Override
    protected void startSchedules() {
        // The schedules are registered with the context (configureTasks); only their stop is this class's.
    }

    /**
     * Stops the schedules before anything they use: this runs in the lifecycle's first phase, before the
     * Kafka listeners, the web server, the executors and the database pool go. A push on the wire is
     * waited for (10 s at most for everything), so its outcome is recorded; one that takes longer keeps its claim
     * and is sent again by a replica once the claim expires.
     */
    @Override
    protected void stopSchedules() {
        // One budget for both waits: the schedules' tasks (a read under way) and the rounds they started.
        long deadline = System.nanoTime() + MOST_TO_WAIT_FOR_A_PUSH.toNanos();
        scheduler.shutdown();
        pusher.stopRounds(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        recalculation.close();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.setTaskScheduler(inventoryTaskScheduler());
        if (properties.pollEnabled()) {
            registrar.addFixedDelayTask(() -> guarded("NetSuite poll", reader::readChanged), properties.pollInterval());
        }
        if (properties.movementEnabled()) {
            registrar.addFixedDelayTask(() -> guarded("movement read", () -> {
                while (movements.drainOnce() > 0) {
                    // a full batch may leave more behind; keep reading until the queue is empty
                }
            }), properties.movementInterval());
        }
        if (properties.pushEnabled()) {
            registrar.addFixedDelayTask(() -> guarded("TikTok push", pusher::pushInBackground), properties.pushInterval());
        }
        if (properties.pushEnabled()) {
            // Also at start-up: TikTok may have moved while this service was down.
            registrar.addFixedDelayTask(() -> guarded("drift check", verifications::requestAll),
                    properties.driftCheckInterval());
        }
        registrar.addFixedDelayTask(() -> guarded("table statistics", statistics::refreshGrown), STATISTICS_INTERVAL);
        if (properties.fullRecalculationEnabled()) {
            registrar.addFixedDelayTask(() -> guarded("full recalculation", recalculation::startScheduled),
                    properties.fullRecalculationInterval());
        }
    }

    /** A failed round is logged and the next one tries again from the same watermark or queue. */
    private static void guarded(String what, Runnable round) {
        try {
            round.run();
        } catch (RuntimeException e) {
            log.warn("{} failed; the next round tries again: {}", what, e.toString());
        }
    }
}
