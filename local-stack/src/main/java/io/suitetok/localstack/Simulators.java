package io.suitetok.localstack;

import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.latency.LatencyModel;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.SimulatorSettings;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.webhooks.DeliveryPolicy;
import java.time.Duration;
import java.util.List;

/**
 * Both simulators and the file cabinet, started in this JVM. TikTok delivers webhooks the way it does
 * on a busy day (duplicates, out of order, retried when not acknowledged in time); NetSuite runs with
 * a scaled version of its sandbox-like latency and a SuiteCloud Plus concurrency limit that the
 * services share.
 */
final class Simulators implements AutoCloseable {

    static final int TIKTOK_PORT = SimulatorSettings.DEFAULT_PORT;
    static final int NETSUITE_PORT = io.suitetok.sandbox.netsuite.SimulatorSettings.STANDALONE_PORT;
    /** 5 base + 10 for one SuiteCloud Plus licence would be 15; 11 keeps the shares meaningful. */
    static final int NETSUITE_CONCURRENCY_LIMIT = 11;

    final RunningSimulator tiktok;
    final NetSuiteSimulator netsuite;
    final ImageServer images;

    private Simulators(RunningSimulator tiktok, NetSuiteSimulator netsuite, ImageServer images) {
        this.tiktok = tiktok;
        this.netsuite = netsuite;
        this.images = images;
    }

    static Simulators start(StackOptions options) {
        // The TikTok simulator re-initialises the JVM's logging, so it starts before anything else logs much.
        RunningSimulator tiktok = TikTokShopSimulator.start(SimulatorSettings.defaults()
                .withPort(options.fixedPorts() ? TIKTOK_PORT : 0)
                // The merchant's own catalogue is what gets listed, not the simulator's demo products.
                .withSeedCatalog(false)
                .withWebhooks(null, busyDayWebhooks(options.seed())));
        NetSuiteSimulator netsuite = NetSuiteSimulator.start(io.suitetok.sandbox.netsuite.SimulatorSettings.standalone()
                .withPort(options.fixedPorts() ? NETSUITE_PORT : 0)
                .withConcurrencyLimit(NETSUITE_CONCURRENCY_LIMIT)
                .withLatency(LatencyModel.defaults().scaled(options.netsuiteLatency())));
        return new Simulators(tiktok, netsuite, ImageServer.start());
    }

    /**
     * One notification in five comes twice, every copy waits up to 1.5 s at random (so close ones
     * overtake each other), and an unacknowledged one is retried within seconds instead of minutes.
     */
    static DeliveryPolicy busyDayWebhooks(long seed) {
        return new DeliveryPolicy(Duration.ofSeconds(3), List.of(Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(20)), 0.2, 1, Duration.ZERO, Duration.ofMillis(1500), true, seed);
    }

    @Override
    public void close() {
        images.close();
        netsuite.close();
        tiktok.close();
    }
}
