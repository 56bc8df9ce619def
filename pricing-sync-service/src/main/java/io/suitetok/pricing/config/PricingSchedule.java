package io.suitetok.pricing.config;

import io.suitetok.pricing.cutover.CutoverClock;
import io.suitetok.pricing.netsuite.NetSuitePriceReader;
import io.suitetok.pricing.push.PricePusher;
import io.suitetok.runtime.lifecycle.StopsFirst;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The rhythms of the flow: the NetSuite poll, the push rounds and the cutover clock, each on its own
 * thread so a slow NetSuite read never delays a cutover or a push. Stopped first at shutdown, so a
 * round under way records what TikTok answered before the database goes.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class PricingSchedule extends StopsFirst implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PricingSchedule.class);
    /** Kubernetes kills a pod 30 s after SIGTERM; the rest of the shutdown needs some of that too. */
    private static final Duration MOST_TO_WAIT_FOR_A_ROUND = Duration.ofSeconds(10);

    private final PricingProperties properties;
    private final NetSuitePriceReader reader;
    private final PricePusher pusher;
    private final CutoverClock cutoverClock;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    public PricingSchedule(PricingProperties properties, NetSuitePriceReader reader, PricePusher pusher,
            CutoverClock cutoverClock) {
        this.properties = properties;
        this.reader = reader;
        this.pusher = pusher;
        this.cutoverClock = cutoverClock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("pricing-schedule-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationMillis(MOST_TO_WAIT_FOR_A_ROUND.toMillis());
        scheduler.initialize();
        registrar.setTaskScheduler(scheduler);
        if (properties.pollEnabled()) {
            registrar.addFixedDelayTask(() -> guarded("NetSuite price read", reader::readChanged),
                    properties.pollInterval());
        }
        if (properties.pushEnabled()) {
            registrar.addFixedDelayTask(() -> guarded("TikTok price push", pusher::pushOnce), properties.pushInterval());
        }
    }

    @Override
    protected void startSchedules() {
        if (properties.cutoversEnabled()) {
            cutoverClock.start();
        }
    }

    @Override
    protected void stopSchedules() {
        scheduler.shutdown();
        cutoverClock.close();
    }

    /** A failed round is logged and the next one tries again from the same watermark or due prices. */
    private static void guarded(String what, Runnable round) {
        try {
            round.run();
        } catch (RuntimeException e) {
            log.warn("{} failed; the next round tries again: {}", what, e.toString());
        }
    }
}
