package io.suitetok.catalog.config;

import io.suitetok.catalog.listing.ListingStatusUpdater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The audit poll, apart from the NetSuite poll and on a short clock: an audit webhook that came while the
 * service was down (or restarting again and again) and whose retries ran out would otherwise leave the listing
 * pending until the next NetSuite poll, a whole poll interval after the last start. It reads back only the
 * listings still pending, so it is cheap when there are none.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "hub.catalog", name = "audit-poll-enabled", havingValue = "true", matchIfMissing = true)
public class AuditPollSchedule {

    private static final Logger log = LoggerFactory.getLogger(AuditPollSchedule.class);

    private final ListingStatusUpdater statuses;

    public AuditPollSchedule(ListingStatusUpdater statuses) {
        this.statuses = statuses;
    }

    @Scheduled(fixedDelayString = "${hub.catalog.audit-poll-interval:1m}",
            initialDelayString = "${hub.catalog.audit-poll-interval:1m}")
    void pollPendingAudits() {
        try {
            int pending = statuses.refreshPending();
            if (pending > 0) {
                log.info("audit poll: {} listings pending on TikTok read back", pending);
            }
        } catch (RuntimeException e) {
            log.warn("audit poll failed; the next one reads the pending listings again: {}", e.toString());
        }
    }
}
