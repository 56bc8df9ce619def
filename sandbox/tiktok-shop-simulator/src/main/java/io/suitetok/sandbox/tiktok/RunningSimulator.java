package io.suitetok.sandbox.tiktok;

import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.config.TikTokClientConfig;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/** A simulator started in this JVM: where it listens, its control API, and how to stop it. */
public final class RunningSimulator implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;
    private final SimulatorSettings settings;

    RunningSimulator(ConfigurableApplicationContext context, int port, SimulatorSettings settings) {
        this.context = context;
        this.port = port;
        this.settings = settings;
    }

    /** Both the API and the token endpoints: use it as the client's apiBaseUrl and authBaseUrl. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public SimulatorSettings settings() {
        return settings;
    }

    /** Seeding, placing orders, faults and inspection without HTTP. */
    public SimulatorControl control() {
        return context.getBean(SimulatorControl.class);
    }

    /**
     * A client configuration that reaches this simulator with its credentials, quick retries and no
     * local rate limit worth mentioning; callers adjust it with the config's withers.
     */
    public TikTokClientConfig clientConfig() {
        return new TikTokClientConfig(settings.appKey(), settings.appSecret(), baseUrl(), baseUrl(),
                Duration.ofSeconds(2), Duration.ofSeconds(10), 1_000, Map.of(), Duration.ofSeconds(5), 3,
                Duration.ofMillis(50), Duration.ofSeconds(2), Duration.ofMinutes(5));
    }

    /**
     * The {@code hub.tiktok.*} settings that point a hub service at this simulator, with both sandbox
     * shops (id, cipher, first auth code): one place for tests, benchmarks and the local stack.
     *
     * @param tokenTable where the service keeps shop tokens ({@code schema.table})
     */
    public Map<String, String> hubProperties(String tokenTable) {
        Map<String, String> hub = new java.util.LinkedHashMap<>();
        hub.put("hub.tiktok.app-key", settings.appKey());
        hub.put("hub.tiktok.app-secret", settings.appSecret());
        hub.put("hub.tiktok.api-base-url", baseUrl());
        hub.put("hub.tiktok.auth-base-url", baseUrl());
        hub.put("hub.tiktok.token-table", tokenTable);
        hub.put("hub.tiktok.shops[0].id", ShopDirectory.US_SHOP_ID);
        hub.put("hub.tiktok.shops[0].cipher", ShopDirectory.US_CIPHER);
        hub.put("hub.tiktok.shops[0].auth-code", ShopDirectory.US_AUTH_CODE);
        hub.put("hub.tiktok.shops[1].id", ShopDirectory.UK_SHOP_ID);
        hub.put("hub.tiktok.shops[1].cipher", ShopDirectory.UK_CIPHER);
        hub.put("hub.tiktok.shops[1].auth-code", ShopDirectory.UK_AUTH_CODE);
        return hub;
    }

    @Override
    public void close() {
        context.close();
    }
}
