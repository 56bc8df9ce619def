package io.suitetok.pricing.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.suitetok.pricing.PricingSyncApplication;
import io.suitetok.pricing.boundary.TaxDisplay;
import io.suitetok.pricing.catalog.ListedSkus;
import io.suitetok.pricing.catalog.ListedSkusInMemory;
import io.suitetok.pricing.catalog.ListedSkus.ListedSku;
import io.suitetok.pricing.config.PricingProperties;
import io.suitetok.pricing.config.PricingShopSettings;
import io.suitetok.pricing.it.PricingFixtures;
import io.suitetok.pricing.store.SkuPriceStore;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.pricing.store.SkuPriceStore.Desired;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.control.ControlViews.SkuState;
import io.suitetok.sandbox.tiktok.products.Catalog.SkuSeed;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.spring.TikTokShops;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Due prices reach TikTok one call per product; TikTok's rules are checked first, refusals parked. */
@EmbeddedHubTest
@SpringBootTest(classes = PricingSyncApplication.class)
class PricePusherIntegrationTest {

    static final String UK = ShopDirectory.UK_SHOP_ID;
    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());

    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());

    @DynamicPropertySource
    static void tiktok(DynamicPropertyRegistry registry) {
        // The service's own shops and schedules stay out of the way: this test drives a pusher of its own.
        PricingFixtures.register(registry, TIKTOK, NETSUITE, "pricing_pusher_test_tokens.shop_token");
        registry.add("hub.pricing.cutovers-enabled", () -> "false");
        // The client retries a 5xx itself; two quick attempts leave the rest to the pusher's own retry.
        registry.add("hub.tiktok.max-attempts", () -> "2");
        registry.add("hub.tiktok.retry-base-delay", () -> "50ms");
    }

    @AfterAll
    static void stop() {
        TIKTOK.close();
        NETSUITE.close();
    }

    @Autowired
    SkuPriceStore prices;
    @Autowired
    TikTokShopClient tiktok;
    @Autowired
    TikTokShops shops;

    static final PricingShopSettings UK_SHOP = new PricingShopSettings(UK, "1", "2", Currency.getInstance("GBP"),
            TaxDisplay.TAX_INCLUSIVE, null, new BigDecimal("0.20"), "", new BigDecimal("0.01"), new BigDecimal("5600"));

    /** @param promotionEnds the end of the promotion every SKU is in, or null for none */
    private PricePusher pusher(List<ListedSku> listed, Instant promotionEnds) {
        ListedSkus directory = new ListedSkusInMemory(listed);
        PricingProperties settings = new PricingProperties(Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMillis(500), Duration.ofSeconds(2), Map.of("2", "GBP"), List.of(UK_SHOP), false, false, false);
        return new PricePusher(prices, directory, tiktok, shops, settings, (shop, sku) -> Optional.ofNullable(promotionEnds)
                .filter(Instant.now()::isBefore), Clock.systemUTC(),
                io.suitetok.runtime.metrics.SyncLag.of(new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
                        "pricing", "tiktok"));
    }

    private ProductState list(String title, String... sellerSkus) {
        List<SkuSeed> seeds = java.util.Arrays.stream(sellerSkus).map(sku -> new SkuSeed(sku, sku.substring(sku.length() - 1),
                new BigDecimal("10.00"), Map.of(ShopDirectory.UK_WAREHOUSE, 5), false)).toList();
        return TIKTOK.control().seedProduct(UK, title, "601226", seeds);
    }

    private static List<ListedSku> listed(ProductState product, String itemId) {
        return product.skus().stream().map(sku -> new ListedSku(UK, sku.sellerSku(), itemId, product.productId(),
                sku.skuId(), true)).toList();
    }

    private void price(String sellerSku, String amount) {
        prices.store(new Desired(UK, sellerSku, "5001", "GBP", new BigDecimal(amount), List.of("test"), "level 1",
                Instant.now(), Instant.now()));
    }

    private String tiktokPrice(String sellerSku) {
        SkuState sku = TIKTOK.control().sku(UK, sellerSku);
        return sku.price();
    }

    @Test
    void everySkuOfAProductGoesInOneCallAndIsRecordedAsAccepted() {
        ProductState product = list("Pricing Tee", "PRC-TEE-S", "PRC-TEE-M", "PRC-TEE-L");
        price("PRC-TEE-S", "12.99");
        price("PRC-TEE-M", "13.49");
        price("PRC-TEE-L", "13.99");
        long callsBefore = TIKTOK.control().callCount("update_price");

        int accepted = pusher(listed(product, "5001"), null).pushOnce();

        assertThat(accepted).isEqualTo(3);
        assertThat(TIKTOK.control().callCount("update_price") - callsBefore).isEqualTo(1);
        assertThat(tiktokPrice("PRC-TEE-M")).isEqualTo("13.49");
        assertThat(prices.find(UK, "PRC-TEE-M").orElseThrow().pushDue()).isFalse();
        assertThat(prices.find(UK, "PRC-TEE-M").orElseThrow().pushedPrice()).isEqualByComparingTo("13.49");
        assertThat(pusher(listed(product, "5001"), null).pushOnce()).as("nothing due any more").isZero();
    }

    @Test
    void aPriceOutsideTikToksRangeIsParkedWithItsReasonAndNeverSent() {
        ProductState product = list("Pricing Chair", "PRC-CHR-A");
        price("PRC-CHR-A", "5600.01");
        long callsBefore = TIKTOK.control().callCount("update_price");

        pusher(listed(product, "5001"), null).pushOnce();

        assertThat(TIKTOK.control().callCount("update_price")).isEqualTo(callsBefore);
        assertThat(prices.find(UK, "PRC-CHR-A").orElseThrow().parkedReason())
                .contains("highest price in this region is 5600 GBP");
        assertThat(tiktokPrice("PRC-CHR-A")).isEqualTo("10.00");
    }

    @Test
    void aSkuInAnOngoingPromotionKeepsItsPriceUntilThePromotionEnds() {
        ProductState product = list("Pricing Mug", "PRC-MUG-A");
        price("PRC-MUG-A", "7.50");
        Instant promotionEnds = Instant.now().plusSeconds(2);

        assertThat(pusher(listed(product, "5001"), promotionEnds).pushOnce()).isZero();

        SkuPriceStore.StoredPrice held = prices.find(UK, "PRC-MUG-A").orElseThrow();
        assertThat(held.parkedReason()).as("waiting, not parked: no person needs to act").isNull();
        assertThat(held.lastError()).contains("ongoing TikTok promotion");
        assertThat(held.pushDue()).isTrue();
        assertThat(pusher(listed(product, "5001"), null).pushOnce()).as("not before the promotion's end").isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(promotionEnds));
        assertThat(pusher(listed(product, "5001"), null).pushOnce()).isEqualTo(1);
        assertThat(tiktokPrice("PRC-MUG-A")).isEqualTo("7.50");
    }

    @Test
    void aFailedCallIsTriedAgainLaterNotParked() {
        ProductState product = list("Pricing Hoodie", "PRC-HOO-A");
        price("PRC-HOO-A", "29.00");
        TIKTOK.control().failNext("update_price", 2, 503);

        assertThat(pusher(listed(product, "5001"), null).pushOnce()).isZero();

        SkuPriceStore.StoredPrice failed = prices.find(UK, "PRC-HOO-A").orElseThrow();
        assertThat(failed.parkedReason()).isNull();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.pushDue()).isTrue();
    }
}
