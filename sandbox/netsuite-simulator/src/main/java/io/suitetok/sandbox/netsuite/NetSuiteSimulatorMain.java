package io.suitetok.sandbox.netsuite;

import io.suitetok.netsuite.config.TbaCredentials;
import io.suitetok.sandbox.netsuite.seed.PricingChange;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the simulator on its own until stopped. System properties: {@code netsuite.simulator.port}
 * (8920), {@code netsuite.simulator.host} (127.0.0.1), {@code netsuite.simulator.limit} (5),
 * {@code netsuite.simulator.latency-scale} (1.0), {@code netsuite.simulator.seed} ({@code demo} loads
 * the bundled demo data; {@code none} starts empty).
 */
public final class NetSuiteSimulatorMain {

    static {
        // Chosen here rather than as logback.xml at the jar root, which would configure any application
        // that puts the simulator on its classpath (the local stack runs it in-process).
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "netsuite-simulator-logback.xml");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(NetSuiteSimulatorMain.class);

    private NetSuiteSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        SimulatorSettings settings = SimulatorSettings.standalone()
                .withPort(Integer.getInteger("netsuite.simulator.port", SimulatorSettings.STANDALONE_PORT))
                .withHost(System.getProperty("netsuite.simulator.host", "127.0.0.1"))
                .withConcurrencyLimit(Integer.getInteger("netsuite.simulator.limit", 5));
        settings = settings.withLatency(settings.latency().scaled(
                Double.parseDouble(System.getProperty("netsuite.simulator.latency-scale", "1.0"))));
        NetSuiteSimulator simulator = NetSuiteSimulator.start(settings);
        if (!"none".equals(System.getProperty("netsuite.simulator.seed", "demo"))) {
            try (InputStream demo = NetSuiteSimulatorMain.class.getResourceAsStream("/demo-seed.json")) {
                simulator.account().seed(JsonMapper.builder().build().readValue(demo, SeedRequest.class));
            }
            try (InputStream pricing = NetSuiteSimulatorMain.class.getResourceAsStream("/demo-pricing.json")) {
                simulator.account().changePricing(JsonMapper.builder().build().readValue(pricing, PricingChange.class));
            }
        }
        TbaCredentials credentials = simulator.credentials();
        log.info("""

                NetSuite simulator (SuiteTalk 2025_2) is up
                  SOAP endpoint   {}
                  admin API       {}
                  account         {}
                  consumer key    {}
                  consumer secret {}
                  token id        {}
                  token secret    {}
                  concurrency     {} requests in flight
                  price schedule record type id {}""",
                simulator.soapEndpoint(), simulator.adminEndpoint(), credentials.accountId(),
                credentials.consumerKey(), credentials.consumerSecret(), credentials.tokenId(),
                credentials.tokenSecret(), settings.concurrencyLimit(), simulator.account().priceScheduleTypeId());
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "netsuite-simulator-stop"));
        new CountDownLatch(1).await();
    }
}
