package io.suitetok.tiktok.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The transport's contract meters (docs/metrics.md): {@code tiktok.ratelimit.waits{endpoint}}
 * ({@code tiktok_ratelimit_waits_seconds}) and {@code tiktok.api.errors{endpoint,code}}
 * ({@code tiktok_api_errors_total}). The wait timers exist for every endpoint from the start; an error series
 * appears with the first answer carrying its code, since TikTok's codes are not a closed list.
 */
final class TikTokCallMeters {

    private final MeterRegistry meters;

    TikTokCallMeters(MeterRegistry meters) {
        this.meters = meters;
        TikTokEndpoints.ALL.forEach(this::rateLimitWaits);
    }

    void waitedForRateBudget(ApiEndpoint endpoint, Duration waited) {
        rateLimitWaits(endpoint).record(waited);
    }

    void answeredWithError(ApiEndpoint endpoint, long code) {
        Counter.builder("tiktok.api.errors")
                .description("TikTok answers with a non-zero code")
                .tag("endpoint", endpoint.name())
                .tag("code", String.valueOf(code))
                .register(meters)
                .increment();
    }

    private Timer rateLimitWaits(ApiEndpoint endpoint) {
        return Timer.builder("tiktok.ratelimit.waits")
                .description("time a TikTok call waited for the shop's rate budget")
                .tag("endpoint", endpoint.name())
                .register(meters);
    }
}
