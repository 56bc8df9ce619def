package io.suitetok.localstack;

import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The five services, each in its own Spring context, and where each listens. */
record RunningHub(ConfigurableApplicationContext catalog, ConfigurableApplicationContext orders,
        ConfigurableApplicationContext inventory, ConfigurableApplicationContext pricing,
        ConfigurableApplicationContext settlement) implements AutoCloseable {

    String catalogUrl() {
        return baseUrl(catalog);
    }

    String ordersUrl() {
        return baseUrl(orders);
    }

    String inventoryUrl() {
        return baseUrl(inventory);
    }

    String pricingUrl() {
        return baseUrl(pricing);
    }

    String settlementUrl() {
        return baseUrl(settlement);
    }

    /** Where the cluster would probe and scrape it: health groups and Prometheus. */
    static String managementUrl(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.management.port");
    }

    static String apiUrl(ConfigurableApplicationContext context) {
        return baseUrl(context);
    }

    private static String baseUrl(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Upstream first, so nothing feeds a service that has already stopped. */
    @Override
    public void close() {
        stop("settlement", settlement);
        stop("order-sync", orders);
        stop("inventory-sync", inventory);
        stop("pricing-sync", pricing);
        stop("catalog-sync", catalog);
    }

    /** Each service must stop well inside Kubernetes' 30 s grace period; the log says how long it took. */
    private static void stop(String name, ConfigurableApplicationContext service) {
        long started = System.nanoTime();
        service.close();
        LoggerFactory.getLogger(RunningHub.class).info("{} stopped in {} ms", name,
                (System.nanoTime() - started) / 1_000_000);
    }
}
