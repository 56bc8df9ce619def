package io.suitetok.catalog.config;

import io.suitetok.catalog.listing.CatalogSync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The NetSuite poll; the audit poll (TikTok says webhooks cannot be fully relied on) is {@link AuditPollSchedule}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "hub.catalog", name = "poll-enabled", havingValue = "true", matchIfMissing = true)
public class CatalogSchedule {

    private static final Logger log = LoggerFactory.getLogger(CatalogSchedule.class);

    private final CatalogSync sync;

    public CatalogSchedule(CatalogSync sync) {
        this.sync = sync;
    }

    @Scheduled(fixedDelayString = "${hub.catalog.poll-interval:5m}", initialDelayString = "${hub.catalog.poll-interval:5m}")
    void pollNetSuite() {
        try {
            log.info("catalogue poll: {}", sync.pollOnce());
        } catch (RuntimeException e) {
            log.warn("catalogue poll failed; the next one retries from the same watermark: {}", e.toString());
        }
    }
}
