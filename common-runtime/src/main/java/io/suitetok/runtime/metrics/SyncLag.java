package io.suitetok.runtime.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code hub.sync.lag} ({@code hub_sync_lag_seconds}): from the moment the source system says something
 * happened to the moment the target acknowledged it. Each recording point holds one, built at start-up, so the
 * series exists (with a zero count) before the first item flows and a dashboard can tell "idle" from "absent".
 */
public final class SyncLag {

    private final Timer timer;
    private final Clock clock;

    private SyncLag(Timer timer, Clock clock) {
        this.timer = timer;
        this.clock = clock;
    }

    /**
     * @param flow   order, fulfilment, inventory, catalog, pricing or settlement (docs/metrics.md)
     * @param target the system that acknowledges: netsuite or tiktok
     */
    public static SyncLag of(MeterRegistry meters, String flow, String target) {
        return of(meters, flow, target, Clock.systemUTC());
    }

    public static SyncLag of(MeterRegistry meters, String flow, String target, Clock clock) {
        Timer timer = Timer.builder("hub.sync.lag")
                .description("time from the event in the source system to the target's acknowledgement")
                .tag("flow", flow)
                .tag("target", target)
                .register(meters);
        return new SyncLag(timer, clock);
    }

    /** The target just acknowledged something that happened at {@code eventTime} in the source system. */
    public void acknowledged(Instant eventTime) {
        if (eventTime == null) {
            return;
        }
        // A source clock ahead of ours would give a negative lag: count it as immediate rather than drop it.
        Duration lag = Duration.between(eventTime, clock.instant());
        timer.record(lag.isNegative() ? Duration.ZERO : lag);
    }
}
