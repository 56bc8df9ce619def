package io.suitetok.localstack;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The three services, each in its own Spring context, and where each listens. */
record RunningHub(ConfigurableApplicationContext catalog, ConfigurableApplicationContext orders,
        ConfigurableApplicationContext inventory) implements AutoCloseable {

    String catalogUrl() {
        return baseUrl(catalog);
    }

    String ordersUrl() {
        return baseUrl(orders);
    }

    String inventoryUrl() {
        return baseUrl(inventory);
    }

    private static String baseUrl(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        // Upstream first, so nothing feeds a service that has already stopped.
        orders.close();
        inventory.close();
        catalog.close();
    }
}
