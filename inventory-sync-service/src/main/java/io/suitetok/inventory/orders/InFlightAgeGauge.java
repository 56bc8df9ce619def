package io.suitetok.inventory.orders;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.inventory.store.OrderLineStore;
import org.springframework.stereotype.Component;

/**
 * {@code inventory.inflight.oldest.age} (seconds): how long the oldest TikTok order line has held units
 * in flight. Units leave flight only when SalesOrderWritten arrives and a later read sees them
 * committed; an order parked or dead-lettered in order-sync holds its units back from TikTok forever,
 * and this is where ops see it (alert well above a normal write-and-read cycle, e.g. 1 hour).
 */
@Component
public class InFlightAgeGauge {

    public InFlightAgeGauge(OrderLineStore lines, MeterRegistry meters) {
        Gauge.builder("inventory.inflight.oldest.age", lines, OrderLineStore::oldestInFlightSeconds)
                .baseUnit("seconds").description("age of the oldest unreleased TikTok order line").register(meters);
    }
}
