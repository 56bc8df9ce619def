package io.suitetok.localstack;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A hub service running as a Spring context inside the stack's JVM ({@code ./run-hub}). */
record InJvmService(String name, ConfigurableApplicationContext context) implements HubService {

    @Override
    public String apiUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public String managementUrl() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.management.port");
    }

    @Override
    public void close() {
        context.close();
    }
}
