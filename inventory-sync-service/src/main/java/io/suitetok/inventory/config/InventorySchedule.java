package io.suitetok.inventory.config;

import io.suitetok.inventory.netsuite.AvailabilityReader;
import io.suitetok.inventory.netsuite.MovementDrain;
import io.suitetok.inventory.push.InventoryPusher;
import io.suitetok.inventory.recalc.FullRecalculation;
import io.suitetok.inventory.store.LevelVerifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The rhythms of the flow, each switchable: the delta poll of NetSuite (short), the full
 * recalculation (slow), the reads of moved items, the pushes to TikTok and the drift check that reads
 * every level back from TikTok (slow). Each runs on its own
 * thread so a slow NetSuite read never delays a push.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class InventorySchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(InventorySchedule.class);

    private final InventoryProperties properties;
    private final AvailabilityReader reader;
    private final MovementDrain movements;
    private final InventoryPusher pusher;
    private final FullRecalculation recalculation;
    private final LevelVerifications verifications;

    public InventorySchedule(InventoryProperties properties, AvailabilityReader reader, MovementDrain movements,
            InventoryPusher pusher, FullRecalculation recalculation, LevelVerifications verifications) {
        this.properties = properties;
        this.reader = reader;
        this.movements = movements;
        this.pusher = pusher;
        this.recalculation = recalculation;
        this.verifications = verifications;
    }

    @Bean
    TaskScheduler inventoryTaskScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(4);
        scheduler.setThreadNamePrefix("inventory-schedule-");
        scheduler.initialize();
        return scheduler;
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
