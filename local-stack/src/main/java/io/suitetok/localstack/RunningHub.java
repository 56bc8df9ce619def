package io.suitetok.localstack;

import java.util.List;
import org.slf4j.LoggerFactory;

/** The five services, each in its own Spring context or its own process, and where each listens. */
record RunningHub(HubService catalog, HubService orders, HubService inventory, HubService pricing,
        HubService settlement) implements AutoCloseable {

    String catalogUrl() {
        return catalog.apiUrl();
    }

    String ordersUrl() {
        return orders.apiUrl();
    }

    String inventoryUrl() {
        return inventory.apiUrl();
    }

    String pricingUrl() {
        return pricing.apiUrl();
    }

    String settlementUrl() {
        return settlement.apiUrl();
    }

    /** In the order they were started. */
    List<HubService> all() {
        return List.of(catalog, orders, inventory, pricing, settlement);
    }

    /** Upstream first, so nothing feeds a service that has already stopped. */
    @Override
    public void close() {
        stop(settlement);
        stop(orders);
        stop(inventory);
        stop(pricing);
        stop(catalog);
    }

    /** Each service must stop well inside Kubernetes' 30 s grace period; the log says how long it took. */
    private static void stop(HubService service) {
        long started = System.nanoTime();
        service.close();
        LoggerFactory.getLogger(RunningHub.class).info("{} stopped in {} ms", service.name(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
