package io.suitetok.pricing.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.PromotionSnapshot;
import io.suitetok.pricing.PricingSyncApplication;
import io.suitetok.pricing.api.PricingOpsController;
import io.suitetok.pricing.boundary.TaxDisplay;
import io.suitetok.pricing.catalog.ListedSkus;
import io.suitetok.pricing.catalog.ListedSkusInMemory;
import io.suitetok.pricing.catalog.ListedSkus.ListedSku;
import io.suitetok.pricing.config.PricingProperties;
import io.suitetok.pricing.it.PricingFixtures;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.pricing.config.PricingShopSettings;
import io.suitetok.pricing.price.ExchangeRates;
import io.suitetok.pricing.store.SkuPriceStore;
import io.suitetok.pricing.store.SkuPriceStore.Desired;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.SimulatorSettings;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.products.Catalog.SkuSeed;
import io.suitetok.sandbox.tiktok.promotions.ActivityStatus;
import io.suitetok.sandbox.tiktok.promotions.ActivityView;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.model.promotion.ActivityType;
import io.suitetok.tiktok.model.promotion.NewActivity;
import io.suitetok.tiktok.model.promotion.ProductLevel;
import io.suitetok.tiktok.spring.TikTokShops;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * NetSuite promotions become TikTok FIXED_PRICE activities whose buyer price is the hub's to the cent,
 * only inside their window; changes update, repeats do nothing, withdrawals deactivate, and what TikTok
 * cannot show is refused with its reason. The hub's clock is the simulator's shop clock, so a test moves
 * both by advancing it.
 */
@EmbeddedHubTest
@SpringBootTest(classes = PricingSyncApplication.class)
class PromotionActivitiesIntegrationTest {

    static final String US = ShopDirectory.US_SHOP_ID;
    static final String UK = ShopDirectory.UK_SHOP_ID;
    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(SimulatorSettings.forTests());

    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());

    /** The service's own rounds stay off: this test drives promotions of its own. */
    @DynamicPropertySource
    static void tiktok(DynamicPropertyRegistry registry) {
        PricingFixtures.register(registry, TIKTOK, NETSUITE, "promotion_activities_test_tokens.shop_token");
        registry.add("hub.pricing.cutovers-enabled", () -> "false");
    }

    @AfterAll
    static void stop() {
        TIKTOK.close();
        NETSUITE.close();
    }

    @Autowired
    SkuPriceStore prices;
    @Autowired
    PromotionActivityStore store;
    @Autowired
    TikTokShopClient tiktok;
    @Autowired
    TikTokShops shops;
    @Autowired
    PricingOpsController ops;

    /** NetSuite currency 1 is USD, 2 GBP; the UK shop sells the USD price level at a fixed 0.7865 with 20 % VAT. */
    static final PricingShopSettings US_SHOP = new PricingShopSettings(US, "1", "1", Currency.getInstance("USD"),
            TaxDisplay.PRE_TAX, null, BigDecimal.ZERO, ".99", new BigDecimal("0.01"), new BigDecimal("7600"));
    static final PricingShopSettings UK_SHOP = new PricingShopSettings(UK, "1", "1", Currency.getInstance("GBP"),
            TaxDisplay.TAX_INCLUSIVE, new BigDecimal("0.7865"), new BigDecimal("0.20"), ".99", new BigDecimal("0.01"),
            new BigDecimal("5600"));
    static final PricingProperties SETTINGS = new PricingProperties(Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMillis(500), Duration.ofSeconds(2), Map.of("1", "USD", "2", "GBP"), List.of(US_SHOP, UK_SHOP), false, false, false);

    /** The simulator's shop clock: what TikTok calls now is the hub's now too. */
    static final Clock SHOP_CLOCK = new Clock() {
        @Override
        public Instant instant() {
            return TIKTOK.control().now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };

    private final List<ListedSku> listed = new ArrayList<>();

    private PromotionActivities activities() {
        ListedSkus directory = new ListedSkusInMemory(listed);
        return new PromotionActivities(store, directory, prices, tiktok, shops, SETTINGS, ExchangeRates.configured(),
                SHOP_CLOCK);
    }

    /** Lists a NetSuite item as one SKU in a shop at its boundary price, on TikTok and in the price store. */
    private ListedSku list(String shopId, String itemId, String sellerSku, String price) {
        String warehouse = shopId.equals(US) ? ShopDirectory.US_EAST_WAREHOUSE : ShopDirectory.UK_WAREHOUSE;
        ProductState product = TIKTOK.control().seedProduct(shopId, "Promo " + sellerSku, "601226", List.of(
                new SkuSeed(sellerSku, "One size", new BigDecimal(price), Map.of(warehouse, 20), false)));
        String currency = shopId.equals(US) ? "USD" : "GBP";
        prices.store(new Desired(shopId, sellerSku, itemId, currency, new BigDecimal(price), List.of("test"),
                "price level 1", Instant.now(), Instant.now()));
        ListedSku sku = new ListedSku(shopId, sellerSku, itemId, product.productId(), product.skus().get(0).skuId(), true);
        listed.add(sku);
        return sku;
    }

    private static PromotionSnapshot percentOff(String id, String percent, Instant start, Instant end, String... items) {
        return new PromotionSnapshot(id, "CODE" + id, "Spring sale " + id, PromotionSnapshot.Kind.PERCENT_OFF,
                new BigDecimal(percent), null, start, end, List.of(items).stream().map(NetSuiteInternalId::new).toList(),
                false, null);
    }

    private static PromotionSnapshot amountOff(String id, String amount, String currency, Instant start, Instant end,
            String... items) {
        return new PromotionSnapshot(id, "CODE" + id, "Amount off " + id, PromotionSnapshot.Kind.AMOUNT_OFF,
                new BigDecimal(amount), new NetSuiteInternalId(currency), start, end,
                List.of(items).stream().map(NetSuiteInternalId::new).toList(), false, null);
    }

    private static Instant now() {
        return TIKTOK.control().now();
    }

    private static String buyerPrice(ListedSku sku) {
        return TIKTOK.control().buyerPrice(sku.shopId(), sku.skuId()).amount().toPlainString();
    }

    private static List<ActivityView> activitiesOf(String shopId, String promotionId) {
        return TIKTOK.control().activities(shopId).stream()
                .filter(activity -> activity.title().startsWith("NetSuite promotion " + promotionId + " #")).toList();
    }

    private static long promotionCalls() {
        return TIKTOK.control().callCount("create_activity") + TIKTOK.control().callCount("update_activity_products")
                + TIKTOK.control().callCount("deactivate_activity") + TIKTOK.control().callCount("search_activities");
    }

    @Test
    void percentOffGivesTheComputedPriceInUsdAndGbpShopsInsideItsWindowOnly() {
        ListedSku usMug = list(US, "7101", "PROMO-MUG-US", "19.99");
        ListedSku ukMug = list(UK, "7101", "PROMO-MUG-UK", "22.99");
        Instant start = now().plus(Duration.ofHours(1));
        Instant end = start.plus(Duration.ofHours(2));
        PromotionActivities promotions = activities();

        assertThat(promotions.reconcile(List.of(percentOff("101", "15", start, end, "7101")))).isEqualTo(2);

        // 19.99 × 0.85 = 16.9915 → 16.99; 22.99 × 0.85 = 19.5415 → 19.54 (no .99 ending on a promotion price)
        assertThat(buyerPrice(usMug)).as("before the window").isEqualTo("19.99");
        assertThat(promotions.includes(US, usMug.skuId())).isFalse();

        TIKTOK.control().advanceClock(Duration.between(now(), start).plusSeconds(1));
        assertThat(buyerPrice(usMug)).isEqualTo("16.99");
        assertThat(buyerPrice(ukMug)).isEqualTo("19.54");
        assertThat(promotions.includes(US, usMug.skuId())).isTrue();
        assertThat(promotions.includes(UK, ukMug.skuId())).isTrue();
        assertThat(activitiesOf(US, "101")).singleElement().satisfies(activity -> {
            assertThat(activity.begin()).isEqualTo(start.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(activity.end()).isEqualTo(end.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(activity.activityType().name()).isEqualTo("FIXED_PRICE");
        });
        assertThat(store.forSku(UK, "PROMO-MUG-UK")).singleElement().satisfies(view -> {
            assertThat(view.state()).isEqualTo(PromotionState.ACTIVE);
            assertThat(view.skus()).singleElement().satisfies(sku -> {
                assertThat(sku.activityPrice()).isEqualTo("19.54");
                assertThat(sku.why()).contains("× (1 − 15 %) = 19.5415");
            });
        });

        TIKTOK.control().advanceClock(Duration.between(now(), end).plusSeconds(1));
        assertThat(buyerPrice(usMug)).as("after the window").isEqualTo("19.99");
        assertThat(buyerPrice(ukMug)).isEqualTo("22.99");
        assertThat(promotions.includes(US, usMug.skuId())).isFalse();
    }

    @Test
    void aChangedDiscountUpdatesTheSameActivityInsteadOfAddingOne() {
        ListedSku cap = list(US, "7201", "PROMO-CAP-US", "30.00");
        Instant start = now().plus(Duration.ofMinutes(30));
        Instant end = start.plus(Duration.ofDays(2));
        PromotionActivities promotions = activities();
        promotions.reconcile(List.of(percentOff("201", "10", start, end, "7201")));
        long created = TIKTOK.control().callCount("create_activity");

        assertThat(promotions.reconcile(List.of(percentOff("201", "25", start, end, "7201")))).isEqualTo(1);

        assertThat(TIKTOK.control().callCount("create_activity")).isEqualTo(created);
        assertThat(activitiesOf(US, "201")).singleElement().satisfies(activity ->
                assertThat(activity.skus()).singleElement().satisfies(terms ->
                        assertThat(terms.activityPrice()).isEqualByComparingTo("22.50")));
        TIKTOK.control().advanceClock(Duration.between(now(), start).plusSeconds(1));
        assertThat(buyerPrice(cap)).isEqualTo("22.50");
    }

    @Test
    void aRepeatedReconcileCallsTikTokForNothingAndKeepsOneActivity() {
        list(US, "7301", "PROMO-TEE-US", "12.00");
        List<PromotionSnapshot> current = List.of(percentOff("301", "20", now().plus(Duration.ofHours(1)), null, "7301"));
        PromotionActivities promotions = activities();
        promotions.reconcile(current);
        long calls = promotionCalls();

        assertThat(promotions.reconcile(current)).isZero();
        assertThat(activities().reconcile(current)).as("after a restart, the store is the memory").isZero();

        assertThat(promotionCalls()).isEqualTo(calls);
        assertThat(activitiesOf(US, "301")).singleElement().satisfies(activity -> assertThat(
                Duration.between(activity.begin(), activity.end())).as("open-ended: TikTok's longest period")
                .isEqualTo(Duration.ofDays(365).minusSeconds(1)));
    }

    @Test
    void aPromotionGoneFromNetSuiteIsDeactivated() {
        ListedSku bag = list(UK, "7401", "PROMO-BAG-UK", "40.00");
        PromotionSnapshot promotion = percentOff("401", "50", now().minus(Duration.ofDays(1)), null, "7401");
        PromotionActivities promotions = activities();
        promotions.reconcile(List.of(promotion));
        TIKTOK.control().advanceClock(ActivityWindow.LEAD.plusSeconds(1));
        assertThat(buyerPrice(bag)).as("a started promotion begins after the lead").isEqualTo("20.00");

        assertThat(promotions.reconcile(List.of())).isGreaterThanOrEqualTo(1);

        assertThat(activitiesOf(UK, "401")).singleElement().satisfies(activity ->
                assertThat(activity.status()).isEqualTo(ActivityStatus.DEACTIVATED));
        assertThat(buyerPrice(bag)).isEqualTo("40.00");
        assertThat(store.find("401", UK).orElseThrow().state()).isEqualTo(PromotionState.DEACTIVATED);
        assertThat(store.find("401", UK).orElseThrow().reason()).isEqualTo("no longer in NetSuite");
        assertThat(promotions.includes(UK, bag.skuId())).isFalse();
    }

    @Test
    void anOrderLevelPromotionIsRefusedWithItsReasonAndNeverSent() {
        long created = TIKTOK.control().callCount("create_activity");

        activities().reconcile(List.of(percentOff("501", "10", now().plus(Duration.ofHours(1)), null)));

        assertThat(TIKTOK.control().callCount("create_activity")).isEqualTo(created);
        assertThat(store.find("501", US).orElseThrow().state()).isEqualTo(PromotionState.REFUSED);
        assertThat(store.all()).filteredOn(view -> view.promotionId().equals("501")).hasSize(2)
                .allSatisfy(view -> assertThat(view.reason()).contains("applies to the whole order"));
    }

    @Test
    void anAmountOffIsConvertedAndTaxedLikeAPriceAndOneLargerThanThePriceIsRefused() {
        ListedSku ukScarf = list(UK, "7601", "PROMO-SCARF-UK", "22.99");
        ListedSku usScarf = list(US, "7601", "PROMO-SCARF-US", "4.99");
        Instant start = now().plus(Duration.ofHours(1));
        PromotionActivities promotions = activities();

        promotions.reconcile(List.of(amountOff("601", "5.00", "1", start, start.plus(Duration.ofDays(1)), "7601")));

        // UK: 5.00 USD × 0.7865 = 3.9325 GBP, + 20 % VAT = 4.719; 22.99 − 4.719 = 18.271 → 18.27
        TIKTOK.control().advanceClock(Duration.between(now(), start).plusSeconds(1));
        assertThat(buyerPrice(ukScarf)).isEqualTo("18.27");
        // US: 4.99 − 5.00 is below zero: refused, the SKU keeps its price
        assertThat(store.find("601", US).orElseThrow().reason()).contains("PROMO-SCARF-US")
                .contains("the discount is larger than the price");
        assertThat(buyerPrice(usScarf)).isEqualTo("4.99");
    }

    @Test
    void anActivityCreatedJustBeforeACrashIsAdoptedByItsTitle() {
        ListedSku lamp = list(US, "7701", "PROMO-LAMP-US", "50.00");
        PromotionSnapshot promotion = percentOff("701", "10", now().plus(Duration.ofHours(1)),
                now().plus(Duration.ofHours(5)), "7701");
        ActivityWindow window = ActivityWindow.of(promotion.start(), promotion.end(), now());
        // The intent was stored and TikTok created the activity, but its id never reached the store.
        store.creating(promotion, US, 1, "NetSuite promotion 701 #1", window);
        tiktok.promotions().createActivity(shops.context(US), new NewActivity("NetSuite promotion 701 #1",
                ActivityType.FIXED_PRICE, window.begin(), window.end(), ProductLevel.VARIATION));
        long created = TIKTOK.control().callCount("create_activity");

        activities().reconcile(List.of(promotion));

        assertThat(TIKTOK.control().callCount("create_activity")).isEqualTo(created);
        assertThat(activitiesOf(US, "701")).singleElement().satisfies(activity ->
                assertThat(activity.skus()).singleElement().satisfies(terms ->
                        assertThat(terms.activityPrice()).isEqualByComparingTo("45.00")));
        assertThat(store.find("701", US).orElseThrow().state()).isEqualTo(PromotionState.ACTIVE);
        assertThat(lamp.skuId()).isNotNull();
    }

    @Test
    void opsSeeTheSkusPromotionBesideItsPriceAndEveryPromotionsState() {
        list(UK, "7801", "PROMO-SOCK-UK", "9.99");
        activities().reconcile(List.of(percentOff("801", "10", now().plus(Duration.ofHours(1)), null, "7801"),
                percentOff("802", "10", now().plus(Duration.ofHours(1)), null)));

        @SuppressWarnings("unchecked")
        List<PromotionView> onSku = (List<PromotionView>) ops.price(UK, "PROMO-SOCK-UK").get("promotions");
        assertThat(onSku).singleElement().satisfies(view -> {
            assertThat(view.promotionId()).isEqualTo("801");
            assertThat(view.activityId()).isNotNull();
            assertThat(view.skus()).singleElement().satisfies(sku -> assertThat(sku.activityPrice()).isEqualTo("8.99"));
        });
        assertThat(ops.promotions()).filteredOn(view -> view.promotionId().equals("802"))
                .extracting(PromotionView::state).containsOnly(PromotionState.REFUSED);
    }
}
