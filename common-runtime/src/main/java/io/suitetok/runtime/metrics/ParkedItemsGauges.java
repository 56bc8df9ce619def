package io.suitetok.runtime.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registers {@code hub.parked.items{flow}} for every {@link ParkedItems} a service declares. Each count is
 * cached for a few seconds, so several Prometheus servers (or a scrape storm) cost one query per period.
 */
public final class ParkedItemsGauges {

    public ParkedItemsGauges(List<ParkedItems> declared, JdbcTemplate jdbc, MeterRegistry meters, Duration cacheFor) {
        for (ParkedItems items : declared) {
            CachedCount count = new CachedCount(() -> jdbc.queryForObject(items.countSql(), Long.class), cacheFor,
                    Clock.systemUTC());
            Gauge.builder("hub.parked.items", count, CachedCount::value)
                    .description("items waiting for a person (parked orders, listings, prices; unmatched lines)")
                    .tag("flow", items.flow())
                    .register(meters);
        }
    }
}
