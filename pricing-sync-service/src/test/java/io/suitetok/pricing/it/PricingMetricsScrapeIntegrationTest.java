package io.suitetok.pricing.it;

import static io.suitetok.pricing.it.PricingFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.model.event.EventCodec;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.pricing.PricingSyncApplication;
import io.suitetok.pricing.netsuite.NetSuitePriceReader;
import io.suitetok.pricing.push.PricePusher;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.metrics.PrometheusScrape;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.spring.TikTokShops;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Issue 17: pricing-sync's management port serves every metric docs/metrics.md names for it. */
@EmbeddedHubTest
@SpringBootTest(classes = PricingSyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PricingMetricsScrapeIntegrationTest {

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        PricingFixtures.register(registry, TIKTOK, NETSUITE, "pricing_scrape_test_tokens.shop_token");
    }

    @BeforeAll
    static void seed() {
        PricingFixtures.seedReferenceData(NETSUITE);
    }

    @AfterAll
    static void stop() {
        TIKTOK.close();
        NETSUITE.close();
    }

    @Value("${local.management.port}")
    int managementPort;
    @Autowired
    TikTokShopClient tiktok;
    @Autowired
    TikTokShops shops;
    @Autowired
    NetSuiteGateway netsuite;
    @Autowired
    NetSuitePriceReader reader;
    @Autowired
    PricePusher pusher;
    @Autowired
    SkuMappingReplica replica;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventCodec codec;
    @Autowired
    MeterRegistry meters;

    @Test
    void theManagementPortServesEveryMetricTheCatalogueNamesForPricingSync() {
        // The series only an answer creates: a TikTok error code and a NetSuite fault.
        TIKTOK.control().failNext("authorized_shops", 1, 503);
        tiktok.shops().authorizedShops(shops.context(US_SHOP));
        NETSUITE.faults().inject(FaultRule.once("*", FaultKind.UNEXPECTED_ERROR));
        netsuite.serverTime();

        PrometheusScrape.assertHoldsTheCatalogue("pricing-sync-service", managementPort);
    }

    @Test
    void aNetSuitePriceTikTokAcceptsIsMeasuredAsSyncLag() {
        PricingFixtures.seedItem(NETSUITE, "7901", "LAG-TEE-M", "24.00", "10", "22.00");
        ProductState product = PricingFixtures.listOnTikTok(TIKTOK, US_SHOP, "LAG-TEE-M");
        PricingFixtures.publishMapping(publisher, codec, product, "LAG-TEE-M", "7901");
        await().atMost(Duration.ofSeconds(20)).until(() -> replica.find(US_SHOP, "LAG-TEE-M").isPresent());
        long before = meters.get("hub.sync.lag").tag("flow", "pricing").tag("target", "tiktok").timer().count();

        reader.readChanged();
        pusher.pushOnce();

        assertThat(meters.get("hub.sync.lag").tag("flow", "pricing").tag("target", "tiktok").timer().count())
                .isGreaterThan(before);
    }
}
