package io.suitetok.orders.config;

import io.suitetok.orders.fulfilment.FulfilmentPoller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Reports NetSuite fulfilments to TikTok every {@code hub.orders.fulfilments.interval}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "hub.orders.fulfilments", name = "enabled", havingValue = "true", matchIfMissing = true)
public class FulfilmentSchedule {

    private static final Logger log = LoggerFactory.getLogger(FulfilmentSchedule.class);

    private final FulfilmentPoller poller;

    public FulfilmentSchedule(FulfilmentPoller poller) {
        this.poller = poller;
    }

    @Scheduled(fixedDelayString = "${hub.orders.fulfilments.interval:1m}")
    void poll() {
        try {
            var outcomes = poller.pollOnce();
            if (!outcomes.isEmpty()) {
                log.info("fulfilment poll: {}", outcomes);
            }
        } catch (RuntimeException e) {
            log.warn("fulfilment poll failed; the next one reads from the same watermark: {}", e.toString());
        }
    }
}
