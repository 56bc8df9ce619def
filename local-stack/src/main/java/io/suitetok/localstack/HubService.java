package io.suitetok.localstack;

/**
 * One running hub service as the stack sees it from outside: where its API and its management port
 * listen, and how to stop it. In one JVM it is a Spring context ({@link InJvmService}); with
 * {@code --processes} it is its own JVM started from the jar docker-compose uses ({@link ServiceProcess}).
 */
interface HubService extends AutoCloseable {

    /** The service's name as the README and the metrics say it (order-sync, inventory-sync, ...). */
    String name();

    String apiUrl();

    /** Where the cluster would probe and scrape it: health groups and Prometheus. */
    String managementUrl();

    /** Stops it, well inside Kubernetes' 30 s grace period. */
    @Override
    void close();
}
