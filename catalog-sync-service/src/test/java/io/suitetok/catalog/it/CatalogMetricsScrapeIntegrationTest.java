package io.suitetok.catalog.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.catalog.CatalogSyncApplication;
import io.suitetok.catalog.listing.CatalogSync;
import io.suitetok.catalog.listing.PublishOutcome;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.metrics.PrometheusScrape;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.spring.TikTokShops;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Issue 17: catalog-sync's management port serves every metric docs/metrics.md names for it. */
@EmbeddedHubTest
@SpringBootTest(classes = CatalogSyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogMetricsScrapeIntegrationTest {

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());
    static final ImageServer IMAGES = ImageServer.start();

    @DynamicPropertySource
    static void simulators(DynamicPropertyRegistry registry) {
        CatalogTestProperties.register(registry, TIKTOK, NETSUITE, "tt_" + UUID.randomUUID().toString().substring(0, 8));
    }

    @AfterAll
    static void stopSimulators() {
        TIKTOK.close();
        NETSUITE.close();
        IMAGES.close();
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
    CatalogSync sync;
    @Autowired
    MeterRegistry meters;

    @Test
    void theManagementPortServesEveryMetricTheCatalogueNamesForCatalogSync() {
        // The series only an answer creates: a TikTok error code and a NetSuite fault.
        TIKTOK.control().failNext("authorized_shops", 1, 503);
        tiktok.shops().authorizedShops(shops.context(CatalogTestProperties.US_SHOP));
        NETSUITE.faults().inject(FaultRule.once("*", FaultKind.UNEXPECTED_ERROR));
        netsuite.serverTime();

        PrometheusScrape.assertHoldsTheCatalogue("catalog-sync-service", managementPort);
    }

    @Test
    void aProductTikTokAcknowledgesIsMeasuredAsSyncLag() {
        NETSUITE.account().seed(NetSuiteItems.seed(NetSuiteItems.matrix("5900", "TEE-LAG", "Lag Tee", "Apparel",
                true, Map.of("custitem_material", "Cotton", "custitem_tiktok_image_urls",
                        IMAGES.url(800, 800, "lag.png"), "custitem_pkg_length", "10", "custitem_pkg_width", "8",
                        "custitem_pkg_height", "2", "custitem_pkg_dimension_unit", "in"), "M")));
        long before = meters.get("hub.sync.lag").tag("flow", "catalog").tag("target", "tiktok").timer().count();

        assertThat(sync.publishItems(List.of("5900")).outcomes()).containsEntry(PublishOutcome.CREATED, 1);

        assertThat(meters.get("hub.sync.lag").tag("flow", "catalog").tag("target", "tiktok").timer().count())
                .isEqualTo(before + 1);
    }
}
