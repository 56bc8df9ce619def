package io.suitetok.orders.fulfilment;

import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.Page;
import io.suitetok.orders.config.OrderProperties;
import io.suitetok.orders.store.FulfilmentStore;
import io.suitetok.orders.store.Shipment;
import io.suitetok.runtime.watermark.WatermarkStore;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads NetSuite item fulfilments modified since the watermark (in NetSuite's clock, with an overlap
 * for its search index lag) and hands each to the reporter; then settles the shipments still in doubt
 * and the replayed ones. The watermark moves only after every page was handled.
 */
@Component
public class FulfilmentPoller {

    private static final int OPEN_PER_ROUND = 100;

    /** The fulfilment poll's name in the shared watermark table; NetSuite's clock. */
    static final String WATERMARK = "netsuite-fulfilments";

    private final NetSuiteGateway netsuite;
    private final FulfilmentStore store;
    private final WatermarkStore watermarks;
    private final FulfilmentReporter reporter;
    private final OrderProperties.Fulfilments settings;

    public FulfilmentPoller(NetSuiteGateway netsuite, FulfilmentStore store, WatermarkStore watermarks,
            FulfilmentReporter reporter, OrderProperties properties) {
        this.netsuite = netsuite;
        this.store = store;
        this.watermarks = watermarks;
        this.reporter = reporter;
        this.settings = properties.fulfilments();
    }

    /** One round; returns how many fulfilments ended how. */
    public Map<FulfilmentReporter.Outcome, Integer> pollOnce() {
        Map<FulfilmentReporter.Outcome, Integer> outcomes = new EnumMap<>(FulfilmentReporter.Outcome.class);
        Instant readAt = netsuite.serverTime();
        Instant since = watermarks.readUntil(WATERMARK).map(until -> until.minus(settings.overlap()))
                .orElse(readAt.minus(settings.firstLookback()));
        Page<FulfilmentSnapshot> page = netsuite.fulfilmentsModifiedSince(since);
        while (true) {
            page.items().forEach(fulfilment -> outcomes.merge(reporter.accept(fulfilment), 1, Integer::sum));
            Optional<String> next = page.next();
            if (next.isEmpty()) {
                break;
            }
            page = netsuite.moreFulfilments(next.get());
        }
        watermarks.advance(WATERMARK, readAt);
        for (Shipment open : store.open(OPEN_PER_ROUND)) {
            outcomes.merge(reporter.process(open), 1, Integer::sum);
        }
        return outcomes;
    }
}
