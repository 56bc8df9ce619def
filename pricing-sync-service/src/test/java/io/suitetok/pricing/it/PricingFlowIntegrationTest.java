package io.suitetok.pricing.it;

import static io.suitetok.pricing.it.PricingFixtures.UK_SHOP;
import static io.suitetok.pricing.it.PricingFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.suitetok.model.event.EventCodec;
import io.suitetok.pricing.PricingSyncApplication;
import io.suitetok.pricing.netsuite.NetSuitePriceReader;
import io.suitetok.pricing.price.ItemPrices;
import io.suitetok.pricing.price.ShopPrices;
import io.suitetok.pricing.push.PricePusher;
import io.suitetok.pricing.store.SkuPriceStore;
import io.suitetok.pricing.store.SkuPriceStore.StoredPrice;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.seed.PricingChange;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.promotions.BuyerPrice;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.TestCallers;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pricing flow end to end against both simulators: NetSuite's matrix read since the watermark, priced
 * for a USD and a GBP shop from one price level, pushed to TikTok; stale reads ignored; a refused price
 * parked and replayed; an effective-dated price switching on TikTok within a second of its instant.
 * Each test uses its own item and SKUs.
 */
@EmbeddedHubTest
@SpringBootTest(classes = PricingSyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PricingFlowIntegrationTest {

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(io.suitetok.sandbox.tiktok.SimulatorSettings.forTests());
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        PricingFixtures.register(registry, TIKTOK, NETSUITE, "pricing_flow_test_tokens.shop_token");
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

    @LocalServerPort
    int port;
    @Autowired
    NetSuitePriceReader reader;
    @Autowired
    PricePusher pusher;
    @Autowired
    ShopPrices shopPrices;
    @Autowired
    SkuPriceStore prices;
    @Autowired
    SkuMappingReplica replica;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventCodec codec;

    @Test
    void oneNetSuitePriceLevelFeedsAUsdAndAGbpShopToTheCent() throws Exception {
        PricingFixtures.seedItem(NETSUITE, "7001", "PRICE-TEE-M", "24.00", "10", "22.00");
        listInBothShops("PRICE-TEE-M", "7001");

        reader.readChanged();
        pusher.pushOnce();

        // US: pre-tax, as NetSuite holds it. UK: 24.00 × 0.7865 × 1.20 = 22.6512, rounded once.
        assertThat(tiktokPrice(US_SHOP, "PRICE-TEE-M")).isEqualByComparingTo("24.00");
        assertThat(tiktokPrice(UK_SHOP, "PRICE-TEE-M")).isEqualByComparingTo("22.65");
        String why = get("/pricing/shops/" + UK_SHOP + "/skus/PRICE-TEE-M").body();
        assertThat(why).contains("NetSuite's rate of").contains("0.7865").contains("quantity breaks not sent")
                .contains("from 10 units 22.00").contains("\"acceptedPrice\":\"22.65\"");
    }

    @Test
    void aChangeIsPushedOnceAndAnOlderReadNeverOverwritesIt() {
        PricingFixtures.seedItem(NETSUITE, "7002", "PRICE-CAP", "15.00");
        listInBothShops("PRICE-CAP", "7002");
        reader.readChanged();
        pusher.pushOnce();
        int callsBefore = updatePriceCalls();

        PricingFixtures.changeMatrix(NETSUITE, "7002", "16.50");
        reader.readChanged();
        assertThat(pusher.pushOnce()).as("both shops' SKUs accepted").isEqualTo(2);
        assertThat(pusher.pushOnce()).as("nothing due once accepted").isZero();
        // A read that finished late, from before the change: stale, so nothing moves.
        StoredPrice current = prices.find(US_SHOP, "PRICE-CAP").orElseThrow();
        shopPrices.apply(new ItemPrices("7002", false, List.of(new ItemPrices.Cell("1", "1", BigDecimal.ZERO,
                new BigDecimal("15.00"))), current.sourceModified().minusSeconds(60)),
                current.sourceModified().minusSeconds(60), "a late read");
        pusher.pushOnce();

        assertThat(tiktokPrice(US_SHOP, "PRICE-CAP")).isEqualByComparingTo("16.50");
        assertThat(prices.find(US_SHOP, "PRICE-CAP").orElseThrow().price()).isEqualByComparingTo("16.50");
        assertThat(updatePriceCalls() - callsBefore).as("one call per product and shop, only for the change").isEqualTo(2);
    }

    @Test
    void aPriceOutsideTikToksRangeIsParkedWithItsReasonAndReplayedOnceFixed() throws Exception {
        PricingFixtures.seedItem(NETSUITE, "7003", "PRICE-TV", "7999.00");
        listInBothShops("PRICE-TV", "7003");
        reader.readChanged();
        pusher.pushOnce();

        String parked = get("/pricing/parked").body();
        assertThat(parked).contains("PRICE-TV").contains("7600");
        assertThat(tiktokPrice(US_SHOP, "PRICE-TV")).isEqualByComparingTo("1.00");

        PricingFixtures.changeMatrix(NETSUITE, "7003", "3999.00");
        reader.readChanged();
        pusher.pushOnce();
        assertThat(tiktokPrice(US_SHOP, "PRICE-TV")).isEqualByComparingTo("3999.00");
        assertThat(get("/pricing/parked").body()).doesNotContain("PRICE-TV");

        HttpResponse<String> replay = HTTP.send(TestCallers.as("ops", request("/pricing/shops/" + US_SHOP
                + "/skus/PRICE-TV/repush")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(pusher.pushOnce()).as("the replayed SKU's product sent again").isEqualTo(1);
    }

    @Test
    void anEffectiveDatedPriceSwitchesOnTikTokWithinASecondOfItsInstantAndEndsOnTime() {
        PricingFixtures.seedItem(NETSUITE, "7004", "PRICE-SALE", "30.00");
        listInBothShops("PRICE-SALE", "7004");
        reader.readChanged();
        pusher.pushOnce();
        Instant from = Instant.now().plusSeconds(3).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant to = from.plusSeconds(3);
        NETSUITE.account().changePricing(PricingChange.schedules(new PricingChange.Schedule(null, "7004",
                PricingFixtures.BASE_PRICE, PricingFixtures.USD, new BigDecimal("25.00"), from, to, null)));

        reader.readChanged();
        assertThat(tiktokPrice(US_SHOP, "PRICE-SALE")).as("prepared ahead, not switched early").isEqualByComparingTo("30.00");
        // Both shops back on the matrix price: each shop's revert is its own push, so the UK one may land after the US one.
        await().atMost(Duration.ofSeconds(15)).until(() -> tiktokPrice(US_SHOP, "PRICE-SALE").compareTo(new BigDecimal("30.00")) == 0
                && TIKTOK.control().priceHistory(US_SHOP, "PRICE-SALE").size() >= 3
                && tiktokPrice(UK_SHOP, "PRICE-SALE").compareTo(new BigDecimal("28.31")) == 0
                && TIKTOK.control().priceHistory(UK_SHOP, "PRICE-SALE").size() >= 4);

        List<BuyerPrice> history = TIKTOK.control().priceHistory(US_SHOP, "PRICE-SALE");
        BuyerPrice sale = history.get(history.size() - 2);
        BuyerPrice back = history.get(history.size() - 1);
        assertThat(sale.amount()).isEqualByComparingTo("25.00");
        assertThat(Duration.between(from, sale.since()).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(back.amount()).isEqualByComparingTo("30.00");
        assertThat(Duration.between(to, back.since()).abs()).isLessThan(Duration.ofSeconds(1));
        // The UK shop switched at the same instants, through the same rule: 25.00 × 0.7865 × 1.20 = 23.595 → 23.60.
        List<BuyerPrice> uk = TIKTOK.control().priceHistory(UK_SHOP, "PRICE-SALE");
        assertThat(uk.get(uk.size() - 2).amount()).isEqualByComparingTo("23.60");
        assertThat(Duration.between(from, uk.get(uk.size() - 2).since()).abs()).isLessThan(Duration.ofSeconds(1));
    }

    private void listInBothShops(String sellerSku, String item) {
        for (String shop : List.of(US_SHOP, UK_SHOP)) {
            ProductState product = PricingFixtures.listOnTikTok(TIKTOK, shop, sellerSku);
            PricingFixtures.publishMapping(publisher, codec, product, sellerSku, item);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> replica.find(US_SHOP, sellerSku).isPresent()
                && replica.find(UK_SHOP, sellerSku).isPresent());
    }

    private BigDecimal tiktokPrice(String shop, String sellerSku) {
        return TIKTOK.control().buyerPrice(shop, sellerSku).skuPrice();
    }

    private int updatePriceCalls() {
        return (int) TIKTOK.control().calls().stream().filter(call -> call.path().endsWith("/prices/update")).count();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(TestCallers.as("viewer", request(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
