package io.suitetok.netsuite.config;

import io.suitetok.model.Required;
import java.time.Duration;

/**
 * This service's share of the account's SuiteTalk concurrency limit, which SOAP, REST and RESTlets
 * of every integration on the account share. {@code share} is the most requests this client has in
 * flight; after a concurrency fault it holds fewer and climbs back by one per {@code recoveryQuietPeriod}
 * without faults. A caller waits at most {@code permitTimeout} for a free slot.
 */
public record ConcurrencyPolicy(int share, Duration recoveryQuietPeriod, Duration permitTimeout) {

    public ConcurrencyPolicy {
        Required.present("recoveryQuietPeriod", recoveryQuietPeriod, "permitTimeout", permitTimeout);
        if (share < 1) {
            throw new IllegalArgumentException("concurrency share must be at least 1");
        }
    }

    public static ConcurrencyPolicy ofShare(int share) {
        return new ConcurrencyPolicy(share, Duration.ofSeconds(5), Duration.ofMinutes(5));
    }
}
