package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.sandbox.tiktok.control.ControlViews.SkuState;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.api.StockAndPriceApi.SkuPrice;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome;
import io.suitetok.tiktok.model.promotion.ActivityProduct;
import io.suitetok.tiktok.model.promotion.ActivitySku;
import io.suitetok.tiktok.model.promotion.ActivityType;
import io.suitetok.tiktok.model.promotion.NewActivity;
import io.suitetok.tiktok.model.promotion.ProductLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each rule TikTok documents for activities, refused with a TikTok-shaped error and leaving the shop as
 * it was, and the per-market price range of Update Price. Business refusals carry the simulator's own
 * codes (17009701...: TikTok's are not public); malformed bodies TikTok's 36009004.
 */
class PromotionRefusalTest extends AgainstFreshSimulator {

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
    void anActivityMustBeginLaterThanNowAndLastTenMinutesToUnderAYear() {
        Instant past = control.now().minus(Duration.ofMinutes(1));

        refusedWith(17009701, () -> create("Started already", ActivityType.FIXED_PRICE, past, end));
        refusedWith(17009701, () -> create("Too short", ActivityType.FIXED_PRICE, begin,
                begin.plus(Duration.ofMinutes(9))));
        refusedWith(17009701, () -> create("Too long", ActivityType.FIXED_PRICE, begin, begin.plus(Duration.ofDays(365))));
        refusedWith(17009701, () -> create("Backwards", ActivityType.FIXED_PRICE, end, begin));
        assertThat(create("Just ten minutes", ActivityType.FIXED_PRICE, begin, begin.plus(Duration.ofMinutes(10))))
                .isNotBlank();
        assertThat(control.activities(US)).singleElement().satisfies(a -> assertThat(a.title())
                .isEqualTo("Just ten minutes"));
    }

    @Test
    void aTitleIsAtMostFiftyCharactersAndUniqueInTheShop() {
        create("Summer", ActivityType.FIXED_PRICE, begin, end);

        refusedWith(36009004, () -> create("x".repeat(51), ActivityType.FIXED_PRICE, begin, end));
        refusedWith(17009702, () -> create("Summer", ActivityType.FLASHSALE, begin, end));
        assertThat(control.activities(US)).hasSize(1);
    }

    @Test
    void theActivityPriceMustBeAboveZeroAndBelowTheSkuPrice() {
        String id = create("Prices", ActivityType.FIXED_PRICE, begin, end);

        refusedWith(17009705, () -> setPrice(id, small, "19.99"));
        refusedWith(17009705, () -> setPrice(id, small, "25.00"));
        refusedWith(17009705, () -> setPrice(id, small, "0.00"));
        refusedWith(17009705, () -> setPrice(id, small, "9.999"));
        setPrice(id, small, "19.98");
        assertThat(control.activities(US).get(0).skus()).singleElement()
                .satisfies(t -> assertThat(t.activityPrice()).isEqualByComparingTo("19.98"));
    }

    @Test
    void aSkuIsInOneRunningActivityOfATypeAtATime() {
        String first = create("First", ActivityType.FIXED_PRICE, begin, end);
        setPrice(first, small, "15.00");
        String overlapping = create("Overlapping", ActivityType.FIXED_PRICE, begin.plus(Duration.ofMinutes(30)), end);
        String afterwards = create("Afterwards", ActivityType.FIXED_PRICE, end, end.plus(Duration.ofHours(1)));
        String flash = create("Flash", ActivityType.FLASHSALE, begin, end);

        refusedWith(17009706, () -> setPrice(overlapping, small, "14.00"));
        setPrice(afterwards, small, "16.00");
        setPrice(flash, small, "12.00");
        control.advanceClock(Duration.ofHours(1));
        assertThat(control.buyerPrice(US, "TEE-BLK-S").activityId()).isEqualTo(flash);

        connected.client.promotions().deactivateActivity(connected.us, first);
        setPrice(overlapping, small, "14.00");
    }

    @Test
    void onlyLiveProductsJoinAndActivityStockCannotExceedTheSkusStock() {
        String id = create("Stock", ActivityType.FIXED_PRICE, begin, end);
        SkuState mug = control.sku(US, "MUG-WHT-11");

        refusedWith(17009708, () -> connected.client.promotions().updateActivityProducts(connected.us, id,
                List.of(new ActivityProduct(small.productId(), List.of(new ActivitySku(small.skuId(),
                        new Price("15.00", "USD"), null, 71, 1))))));
        connected.client.products().deactivate(connected.us, List.of(mug.productId()));
        refusedWith(17009707, () -> setPrice(id, mug, "10.00"));
        connected.client.promotions().updateActivityProducts(connected.us, id, List.of(new ActivityProduct(
                small.productId(), List.of(new ActivitySku(small.skuId(), new Price("15.00", "USD"), null, 70, 2)))));
    }

    @Test
    void termsMustFitTheActivitysTypeAndLevel() {
        String variation = create("Variation", ActivityType.FIXED_PRICE, begin, end);
        String discount = create("Discount", ActivityType.DIRECT_DISCOUNT, begin, end);

        refusedWith(36009004, () -> connected.client.promotions().updateActivityProducts(connected.us, variation,
                List.of(ActivityProduct.wholeProduct(small.productId(), ActivitySku.atPrice(null,
                        new Price("15.00", "USD"))))));
        refusedWith(36009004, () -> setPrice(discount, small, "15.00"));
        refusedWith(17009705, () -> connected.client.promotions().updateActivityProducts(connected.us, discount,
                List.of(new ActivityProduct(small.productId(), List.of(ActivitySku.percentOff(small.skuId(),
                        new BigDecimal("100")))))));
        refusedWith(17009703, () -> setPrice("7418999999999999999", small, "15.00"));
        assertThat(control.activities(US)).allSatisfy(a -> assertThat(a.skus()).isEmpty());
    }

    @Test
    void priceUpdatesStayInsideTheMarketsRangeAndCurrency() {
        SkuState ukTee = control.sku(ShopDirectory.UK_SHOP_ID, "TEE-UK-BLK-M");

        SkuUpdateOutcome tooHigh = connected.client.stockAndPrices().updatePrices(connected.uk, ukTee.productId(),
                List.of(new SkuPrice(ukTee.skuId(), new Price("5600.01", "GBP"))));
        SkuUpdateOutcome wrongCurrency = connected.client.stockAndPrices().updatePrices(connected.uk,
                ukTee.productId(), List.of(new SkuPrice(ukTee.skuId(), new Price("15.00", "USD"))));
        assertThat(tooHigh.refusedSkuIds()).containsExactly(ukTee.skuId());
        assertThat(tooHigh.errors().get(0).code()).isEqualTo(12052990);
        assertThat(wrongCurrency.refusedSkuIds()).containsExactly(ukTee.skuId());
        assertThat(control.sku(ShopDirectory.UK_SHOP_ID, "TEE-UK-BLK-M").price()).isEqualTo("16.99");

        SkuUpdateOutcome ceiling = connected.client.stockAndPrices().updatePrices(connected.uk, ukTee.productId(),
                List.of(new SkuPrice(ukTee.skuId(), new Price("5600.00", "GBP"))));
        assertThat(ceiling.allAccepted()).isTrue();
        assertThat(control.priceHistory(ShopDirectory.UK_SHOP_ID, "TEE-UK-BLK-M")).extracting(p -> p.amount()
                .toPlainString()).containsExactly("16.99", "5600.00");
    }

    private String create(String title, ActivityType type, Instant from, Instant to) {
        return connected.client.promotions().createActivity(connected.us,
                new NewActivity(title, type, from, to, ProductLevel.VARIATION));
    }

    private void setPrice(String activityId, SkuState sku, String price) {
        connected.client.promotions().updateActivityProducts(connected.us, activityId, List.of(new ActivityProduct(
                sku.productId(), List.of(ActivitySku.atPrice(sku.skuId(), new Price(price, "USD"))))));
    }

    private static void refusedWith(long code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TikTokApiException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
    }
}
