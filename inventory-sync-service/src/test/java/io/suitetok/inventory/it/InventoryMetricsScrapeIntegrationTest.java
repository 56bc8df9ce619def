package io.suitetok.inventory.it;

import static io.suitetok.inventory.it.InventoryFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import io.suitetok.testkit.metrics.PrometheusScrape;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.spring.TikTokShops;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Issue 17: inventory-sync's management port serves every metric docs/metrics.md names for it. */
class InventoryMetricsScrapeIntegrationTest extends InventoryFlowSupport {

    @Value("${local.management.port}")
    int managementPort;
    @Autowired
    TikTokShopClient tiktok;
    @Autowired
    TikTokShops shops;

    @Test
    void theManagementPortServesEveryMetricTheCatalogueNamesForInventorySync() throws Exception {
        // The series only an answer creates: a TikTok error code and a NetSuite fault.
        TIKTOK.control().failNext("authorized_shops", 1, 503);
        tiktok.shops().authorizedShops(shops.context(US_SHOP));
        NETSUITE.faults().inject(FaultRule.once("*", FaultKind.UNEXPECTED_ERROR));
        netsuite.serverTime();

        PrometheusScrape.assertHoldsTheCatalogue("inventory-sync-service", managementPort);
    }

    @Test
    void aNetSuiteChangeReachingTikTokIsMeasuredAsSyncLag() throws Exception {
        InventoryFixtures.seedItem(NETSUITE, "4190", "LAG-1", Map.of("101", 20));
        listAndMap("Lag Tee", Map.of("LAG-1", "4190"));
        pushUntilTikTokShows("LAG-1", 20);
        long before = meters.get("hub.sync.lag").tag("flow", "inventory").tag("target", "tiktok").timer().count();

        setOnHand("4190", "101", 30);
        assertThat(InventoryFixtures.reportMovement(port, "4190").statusCode()).isEqualTo(202);
        pushUntilTikTokShows("LAG-1", 30);

        assertThat(meters.get("hub.sync.lag").tag("flow", "inventory").tag("target", "tiktok").timer().count())
                .isGreaterThan(before);
    }
}
