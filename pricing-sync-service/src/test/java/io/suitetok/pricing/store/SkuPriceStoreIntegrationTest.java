package io.suitetok.pricing.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.pricing.PricingSyncApplication;
import io.suitetok.pricing.store.SkuPriceStore.Desired;
import io.suitetok.pricing.store.SkuPriceStore.Stored;
import io.suitetok.testkit.EmbeddedHubTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.suitetok.pricing.it.PricingFixtures;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.boot.test.context.SpringBootTest;

/** Prices are versioned: an older one never replaces a newer, an unchanged one is not pushed again. */
@EmbeddedHubTest
@SpringBootTest(classes = PricingSyncApplication.class)
class SkuPriceStoreIntegrationTest {

    // The service needs both APIs to start; this test only uses its store.
    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        PricingFixtures.register(registry, TIKTOK, NETSUITE, "sku_price_store_test_tokens.shop_token");
        registry.add("hub.pricing.cutovers-enabled", () -> "false");
    }

    @AfterAll
    static void stop() {
        TIKTOK.close();
        NETSUITE.close();
    }

    static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");

    @Autowired
    SkuPriceStore prices;

    private static Desired price(String sku, String amount, Instant effective, Instant modified) {
        return new Desired("7495000000000000002", sku, "3001", "GBP", new BigDecimal(amount), List.of("step"),
                "level 1", modified, effective);
    }

    @Test
    void anOlderPriceArrivingLateNeverOverwritesANewerOne() {
        assertThat(prices.store(price("MUG-1", "12.00", T0.plusSeconds(60), T0.plusSeconds(60)))).isEqualTo(Stored.CHANGED);

        assertThat(prices.store(price("MUG-1", "11.00", T0, T0))).isEqualTo(Stored.STALE);

        assertThat(prices.find("7495000000000000002", "MUG-1").orElseThrow().price()).isEqualByComparingTo("12.00");
    }

    @Test
    void theSameAmountAgainIsNotPushedAgainAndANewAmountIs() {
        prices.store(price("MUG-2", "9.99", T0, T0));
        prices.accepted("7495000000000000002", "MUG-2", new BigDecimal("9.99"));

        assertThat(prices.store(price("MUG-2", "9.99", T0.plusSeconds(5), T0.plusSeconds(5)))).isEqualTo(Stored.SAME);
        assertThat(prices.find("7495000000000000002", "MUG-2").orElseThrow().pushDue()).isFalse();
        assertThat(prices.store(price("MUG-2", "10.49", T0.plusSeconds(9), T0.plusSeconds(9)))).isEqualTo(Stored.CHANGED);
        assertThat(prices.find("7495000000000000002", "MUG-2").orElseThrow().pushDue()).isTrue();
    }

    @Test
    void aParkedPriceStaysParkedUntilReplayedOrReplacedByAnotherAmount() {
        prices.store(price("MUG-3", "6000.00", T0, T0));
        prices.park("7495000000000000002", "MUG-3", "TikTok's highest price in this region is 5600 GBP");

        assertThat(prices.due("7495000000000000002", 100)).extracting(SkuPriceStore.StoredPrice::sellerSku)
                .doesNotContain("MUG-3");
        assertThat(prices.parked()).extracting(SkuPriceStore.StoredPrice::parkedReason)
                .contains("TikTok's highest price in this region is 5600 GBP");

        assertThat(prices.repush("7495000000000000002", "MUG-3")).isTrue();
        assertThat(prices.due("7495000000000000002", 100)).extracting(SkuPriceStore.StoredPrice::sellerSku).contains("MUG-3");
    }

    @Test
    void anAcceptedPriceStaysDueWhenANewerOneArrivedDuringThePush() {
        prices.store(price("MUG-4", "5.00", T0, T0));
        prices.store(price("MUG-4", "5.50", T0.plusSeconds(1), T0.plusSeconds(1)));

        prices.accepted("7495000000000000002", "MUG-4", new BigDecimal("5.00")); // the call carried the old one

        assertThat(prices.find("7495000000000000002", "MUG-4").orElseThrow().pushDue()).isTrue();
    }

    @Test
    void aPageStoredInOneBatchGivesEachPriceWhatStoringItAloneWould() {
        prices.store(price("MUG-5", "7.00", T0.plusSeconds(60), T0.plusSeconds(60)));
        prices.store(price("MUG-6", "8.00", T0, T0));
        prices.accepted("7495000000000000002", "MUG-6", new BigDecimal("8.00"));

        List<Stored> stored = prices.storeAll(List.of(price("MUG-5", "6.00", T0, T0),
                price("MUG-6", "8.00", T0.plusSeconds(5), T0.plusSeconds(5)),
                price("MUG-7", "3.00", T0, T0)));

        assertThat(stored).containsExactly(Stored.STALE, Stored.SAME, Stored.CHANGED);
        assertThat(prices.findAll("7495000000000000002", List.of("MUG-5", "MUG-6", "MUG-7")))
                .hasSize(3).hasEntrySatisfying("MUG-5", kept -> assertThat(kept.price()).isEqualByComparingTo("7.00"))
                .hasEntrySatisfying("MUG-6", same -> assertThat(same.pushDue()).isFalse())
                .hasEntrySatisfying("MUG-7", added -> assertThat(added.pushDue()).isTrue());

        prices.acceptedAll("7495000000000000002", Map.of("MUG-7", new BigDecimal("3.00")));
        assertThat(prices.find("7495000000000000002", "MUG-7").orElseThrow().pushDue()).isFalse();
    }
}
