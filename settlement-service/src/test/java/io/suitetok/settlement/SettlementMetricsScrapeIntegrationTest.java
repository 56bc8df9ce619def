package io.suitetok.settlement;

import static io.suitetok.settlement.SettlementFixtures.US_SHOP;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Issue 17: settlement-service's management port serves every metric docs/metrics.md names for it. */
@EmbeddedHubTest
@SpringBootTest(classes = SettlementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementMetricsScrapeIntegrationTest {

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());

    @DynamicPropertySource
    static void simulators(DynamicPropertyRegistry registry) {
        SettlementFixtures.register(registry, TIKTOK, NETSUITE, "settlement_scrape_tokens.shop_token");
    }

    @BeforeAll
    static void seed() {
        SettlementFixtures.seedNetSuite(NETSUITE);
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

    @Test
    void theManagementPortServesEveryMetricTheCatalogueNamesForSettlement() {
        // The series only an answer creates: a TikTok error code and a NetSuite fault.
        TIKTOK.control().failNext("authorized_shops", 1, 503);
        tiktok.shops().authorizedShops(shops.context(US_SHOP));
        NETSUITE.faults().inject(FaultRule.once("*", FaultKind.UNEXPECTED_ERROR));
        netsuite.serverTime();

        PrometheusScrape.assertHoldsTheCatalogue("settlement-service", managementPort);
    }
}
