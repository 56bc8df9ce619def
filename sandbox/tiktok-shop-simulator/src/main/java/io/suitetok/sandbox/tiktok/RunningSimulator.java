package io.suitetok.sandbox.tiktok;

import io.suitetok.sandbox.tiktok.control.SimulatorControl;
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

    @Override
    public void close() {
        context.close();
    }
}
