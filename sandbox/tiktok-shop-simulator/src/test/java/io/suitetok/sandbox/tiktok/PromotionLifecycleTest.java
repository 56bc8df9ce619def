package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.sandbox.tiktok.control.ControlViews.SkuState;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.promotions.BuyerPrice;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.api.StockAndPriceApi.SkuPrice;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.promotion.ActivityProduct;
import io.suitetok.tiktok.model.promotion.ActivitySku;
import io.suitetok.tiktok.model.promotion.ActivityStatus;
import io.suitetok.tiktok.model.promotion.ActivitySummary;
import io.suitetok.tiktok.model.promotion.ActivityType;
import io.suitetok.tiktok.model.promotion.NewActivity;
import io.suitetok.tiktok.model.promotion.ProductLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Promotion activities through the real client, against the shop clock: what buyers pay before, during
 * and after an activity, when each price took effect, and how orders inside an activity show it.
 */
class PromotionLifecycleTest extends AgainstFreshSimulator {

    private static final String US = ShopDirectory.US_SHOP_ID;

    private SkuState small;
    private Instant begin;
    private Instant end;

    @BeforeEach
    void anActivityWindowAnHourAhead() {
        small = control.sku(US, "TEE-BLK-S");
        begin = control.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        end = begin.plus(Duration.ofHours(2));
    }

    @Test
    void theBuyerPriceSwitchesToTheActivityPriceAtBeginAndBackAtEnd() {
        String id = fixedPrice("Spring list", small, "14.99");

        assertThat(control.buyerPrice(US, "TEE-BLK-S").amount()).isEqualByComparingTo("19.99");
        assertThat(statusOf(id)).isEqualTo(ActivityStatus.NOT_START);

        control.advanceClock(Duration.ofHours(1));
        BuyerPrice during = control.buyerPrice(US, "TEE-BLK-S");
        assertThat(during.amount()).isEqualByComparingTo("14.99");
        assertThat(during.activityId()).isEqualTo(id);
        assertThat(during.activityDiscount()).isEqualByComparingTo("5.00");
        assertThat(statusOf(id)).isEqualTo(ActivityStatus.ONGOING);

        control.advanceClock(Duration.ofHours(2));
        assertThat(control.buyerPrice(US, "TEE-BLK-S").amount()).isEqualByComparingTo("19.99");
        assertThat(statusOf(id)).isEqualTo(ActivityStatus.EXPIRED);

        List<BuyerPrice> history = control.priceHistory(US, "TEE-BLK-S");
        assertThat(history).extracting(BuyerPrice::amount).map(BigDecimal::toPlainString)
                .containsExactly("19.99", "14.99", "19.99");
        assertThat(history).extracting(BuyerPrice::since).element(1).isEqualTo(begin);
        assertThat(history).extracting(BuyerPrice::since).element(2).isEqualTo(end);
        assertThat(history).extracting(BuyerPrice::activityId).containsExactly(null, id, null);
    }

    @Test
    void deactivatingEndsTheActivityAtOnceAndItTakesNoMoreChanges() {
        String id = fixedPrice("Ended early", small, "15.00");
        control.advanceClock(Duration.ofMinutes(90));

        connected.client.promotions().deactivateActivity(connected.us, id);
        Instant deactivated = control.now();

        assertThat(control.buyerPrice(US, "TEE-BLK-S").amount()).isEqualByComparingTo("19.99");
        assertThat(statusOf(id)).isEqualTo(ActivityStatus.DEACTIVATED);
        BuyerPrice last = control.priceHistory(US, "TEE-BLK-S").get(2);
        assertThat(last.amount()).isEqualByComparingTo("19.99");
        assertThat(last.since()).isBetween(begin.plus(Duration.ofMinutes(30)), deactivated);
        assertThat(control.activities(US)).singleElement().satisfies(a -> assertThat(a.deactivatedAt()).isNotNull());
        assertThatThrownBy(() -> connected.client.promotions().deactivateActivity(connected.us, id))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> assertThat(e.code()).isEqualTo(17009704));
        assertThatThrownBy(() -> connected.client.promotions().updateActivityProducts(connected.us, id,
                List.of(variation(small, "14.00"))))
                .isInstanceOfSatisfying(TikTokApiException.class, e -> assertThat(e.code()).isEqualTo(17009704));
    }

    @Test
    void anOrderInsideAnActivityPaysTheActivityPriceWithTheDifferenceAsSellerDiscount() {
        fixedPrice("Order inside", small, "14.99");
        control.advanceClock(Duration.ofHours(1));

        var order = control.placeOrder(OrderRequest.of(US, Item.of("TEE-BLK-S", 2), Item.of("TEE-BLK-M", 1)));

        Map<String, Object> detail = control.order(order.orderId());
        List<Map<String, Object>> lines = lines(detail);
        assertThat(lines).filteredOn(l -> "TEE-BLK-S".equals(l.get("seller_sku"))).hasSize(2).allSatisfy(l -> {
            assertThat(l).containsEntry("original_price", "19.99").containsEntry("sale_price", "14.99")
                    .containsEntry("seller_discount", "5.00").containsEntry("platform_discount", "0.00");
        });
        assertThat(lines).filteredOn(l -> "TEE-BLK-M".equals(l.get("seller_sku"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("sale_price", "19.99").containsEntry("seller_discount",
                        "0.00"));
        @SuppressWarnings("unchecked")
        Map<String, Object> payment = (Map<String, Object>) detail.get("payment");
        assertThat(payment).containsEntry("original_total_product_price", "59.97")
                .containsEntry("seller_discount", "10.00").containsEntry("sub_total", "49.97");
    }

    @Test
    void aProductLevelDirectDiscountTakesItsPercentOffEverySkuRoundedHalfUp() {
        String mug = control.sku(US, "MUG-WHT-11").productId();
        String id = connected.client.promotions().createActivity(connected.us,
                new NewActivity("Mug week", ActivityType.DIRECT_DISCOUNT, begin, end, ProductLevel.PRODUCT));
        connected.client.promotions().updateActivityProducts(connected.us, id, List.of(
                ActivityProduct.wholeProduct(mug, ActivitySku.percentOff(null, new BigDecimal("15")))));
        control.advanceClock(Duration.ofHours(1));

        var order = control.placeOrder(OrderRequest.of(US, Item.of("MUG-WHT-11", 1)));

        assertThat(control.buyerPrice(US, "MUG-WHT-11").amount()).isEqualByComparingTo("10.63");
        assertThat(lines(control.order(order.orderId()))).singleElement().satisfies(l -> assertThat(l)
                .containsEntry("original_price", "12.50").containsEntry("sale_price", "10.63")
                .containsEntry("seller_discount", "1.87"));
    }

    @Test
    void aPriceUpdateDuringAnActivityIsAcceptedAndTheBuyerPaysTheLowerOfTheTwo() {
        fixedPrice("Running", small, "14.99");
        control.advanceClock(Duration.ofHours(1));

        var outcome = connected.client.stockAndPrices().updatePrices(connected.us, small.productId(),
                List.of(new SkuPrice(small.skuId(), new Price("13.50", "USD"))));

        assertThat(outcome.allAccepted()).isTrue();
        BuyerPrice now = control.buyerPrice(US, "TEE-BLK-S");
        assertThat(now.amount()).isEqualByComparingTo("13.50");
        assertThat(now.activityId()).isNull();
        assertThat(control.priceHistory(US, "TEE-BLK-S")).extracting(BuyerPrice::amount).map(BigDecimal::toPlainString)
                .containsExactly("19.99", "14.99", "13.50");
    }

    @Test
    void searchListsTheShopsActivitiesWithTheirPeriodAndFiltersByStatus() {
        String first = fixedPrice("First", small, "18.00");
        String second = connected.client.promotions().createActivity(connected.us, new NewActivity("Second",
                ActivityType.FLASHSALE, begin.plus(Duration.ofHours(3)), end.plus(Duration.ofHours(3)),
                ProductLevel.VARIATION));
        control.advanceClock(Duration.ofHours(1));

        List<ActivitySummary> all = connected.client.promotions().searchActivities(connected.us, null);
        List<ActivitySummary> ongoing = connected.client.promotions().searchActivities(connected.us,
                ActivityStatus.ONGOING);

        assertThat(all).extracting(ActivitySummary::id).containsExactly(first, second);
        assertThat(all.get(0)).isEqualTo(new ActivitySummary(first, "First", ActivityType.FIXED_PRICE,
                ActivityStatus.ONGOING, begin, end));
        assertThat(ongoing).extracting(ActivitySummary::id).containsExactly(first);
        assertThat(connected.client.promotions().searchActivities(connected.uk, null)).isEmpty();
    }

    private String fixedPrice(String title, SkuState sku, String price) {
        String id = connected.client.promotions().createActivity(connected.us,
                new NewActivity(title, ActivityType.FIXED_PRICE, begin, end, ProductLevel.VARIATION));
        connected.client.promotions().updateActivityProducts(connected.us, id, List.of(variation(sku, price)));
        return id;
    }

    private static ActivityProduct variation(SkuState sku, String price) {
        return new ActivityProduct(sku.productId(), List.of(ActivitySku.atPrice(sku.skuId(), new Price(price, "USD"))));
    }

    private ActivityStatus statusOf(String activityId) {
        return connected.client.promotions().searchActivities(connected.us, null).stream()
                .filter(a -> a.id().equals(activityId)).map(ActivitySummary::status).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> order) {
        return (List<Map<String, Object>>) order.get("line_items");
    }
}
