package io.suitetok.tiktok.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.error.RateLimitedException;
import io.suitetok.tiktok.error.ValidationException;
import io.suitetok.tiktok.http.TikTokTransportException;
import io.suitetok.tiktok.model.product.Price;
import io.suitetok.tiktok.model.promotion.ActivityProduct;
import io.suitetok.tiktok.model.promotion.ActivitySku;
import io.suitetok.tiktok.model.promotion.ActivityStatus;
import io.suitetok.tiktok.model.promotion.ActivitySummary;
import io.suitetok.tiktok.model.promotion.ActivityType;
import io.suitetok.tiktok.model.promotion.NewActivity;
import io.suitetok.tiktok.model.promotion.ProductLevel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Promotion activities: request shapes (times in unix seconds, terms per level and type), paging, errors. */
class PromotionCallsWireMockTest extends WireMockTikTokTest {

    private static final String ACTIVITIES = "/promotion/202309/activities";
    private static final String ACTIVITY_ID = "7418000000000100001";
    private static final String PRODUCTS = ACTIVITIES + "/" + ACTIVITY_ID + "/products";
    private static final String DEACTIVATE = ACTIVITIES + "/" + ACTIVITY_ID + "/deactivate";
    private static final String SEARCH = ACTIVITIES + "/search";
    private static final Instant BEGIN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void createActivitySendsTheTitleTypeLevelAndUnixSecondsAndReturnsTheId() {
        wireMock.stubFor(post(urlPathEqualTo(ACTIVITIES)).willReturn(okJson(success("{\"activity_id\":\""
                + ACTIVITY_ID + "\",\"create_time\":1764150000,\"update_time\":1764150000,\"status\":\"NOT_START\"}"))));

        String id = client.promotions().createActivity(US, new NewActivity("NS price list SPRING-26 (US)",
                ActivityType.FIXED_PRICE, BEGIN, END, ProductLevel.VARIATION));

        assertThat(id).isEqualTo(ACTIVITY_ID);
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(ACTIVITIES)).withRequestBody(equalToJson(
                "{\"title\":\"NS price list SPRING-26 (US)\",\"activity_type\":\"FIXED_PRICE\","
                        + "\"begin_time\":1767225600,\"end_time\":1769904000,\"product_level\":\"VARIATION\"}")));
    }

    @Test
    void variationTermsTravelPerSkuWithTheAmountWithoutCurrencyAndTheLimits() {
        wireMock.stubFor(put(urlPathEqualTo(PRODUCTS)).willReturn(okJson(success("{\"activity_id\":\"" + ACTIVITY_ID
                + "\",\"title\":\"NS price list SPRING-26 (US)\",\"update_time\":1764150000,\"status\":\"NOT_START\","
                + "\"total_count\":1}"))));

        client.promotions().updateActivityProducts(US, ACTIVITY_ID, List.of(new ActivityProduct(
                "1729000000000100001", List.of(ActivitySku.atPrice("1729100000000100001", new Price("14.99", "USD")),
                        new ActivitySku("1729100000000100002", new Price("16.49", "USD"), null, 40, 2)))));

        wireMock.verify(1, putRequestedFor(urlPathEqualTo(PRODUCTS)).withRequestBody(equalToJson(
                "{\"activity_id\":\"" + ACTIVITY_ID + "\",\"products\":[{\"id\":\"1729000000000100001\",\"skus\":["
                        + "{\"id\":\"1729100000000100001\",\"activity_price_amount\":\"14.99\",\"quantity_limit\":-1,"
                        + "\"quantity_per_user\":-1},"
                        + "{\"id\":\"1729100000000100002\",\"activity_price_amount\":\"16.49\",\"quantity_limit\":40,"
                        + "\"quantity_per_user\":2}]}]}")));
    }

    @Test
    void productLevelTermsGoOnTheProductWithoutSkusAndADiscountAsAPercentString() {
        wireMock.stubFor(put(urlPathEqualTo(PRODUCTS)).willReturn(okJson(success("{}"))));

        client.promotions().updateActivityProducts(US, ACTIVITY_ID, List.of(ActivityProduct.wholeProduct(
                "1729000000000100001", ActivitySku.percentOff(null, new BigDecimal("10.00")))));

        wireMock.verify(1, putRequestedFor(urlPathEqualTo(PRODUCTS)).withRequestBody(equalToJson(
                "{\"activity_id\":\"" + ACTIVITY_ID + "\",\"products\":[{\"id\":\"1729000000000100001\","
                        + "\"discount\":\"10\",\"quantity_limit\":-1,\"quantity_per_user\":-1}]}")));
    }

    @Test
    void deactivatePostsToTheActivitysOwnPath() {
        wireMock.stubFor(post(urlPathEqualTo(DEACTIVATE)).willReturn(okJson(success("{\"activity_id\":\""
                + ACTIVITY_ID + "\",\"title\":\"x\",\"status\":\"DEACTIVATED\",\"update_time\":1764150000}"))));

        client.promotions().deactivateActivity(US, ACTIVITY_ID);

        wireMock.verify(1, postRequestedFor(urlPathEqualTo(DEACTIVATE)));
    }

    @Test
    void searchReadsEveryPageFiltersByStatusAndKeepsTypesItDoesNotCreate() {
        wireMock.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("pages").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(fixture("promotion-activities-page-1.json"))).willSetStateTo("second"));
        wireMock.stubFor(post(urlPathEqualTo(SEARCH)).inScenario("pages").whenScenarioStateIs("second")
                .willReturn(okJson(fixture("promotion-activities-page-2.json"))));

        List<ActivitySummary> found = client.promotions().searchActivities(US, ActivityStatus.ONGOING);

        assertThat(found).extracting(ActivitySummary::id).containsExactly("7418000000000100001",
                "7418000000000100002", "7418000000000100003");
        assertThat(found.get(0)).isEqualTo(new ActivitySummary("7418000000000100001", "NS price list SPRING-26 (US)",
                ActivityType.FIXED_PRICE, ActivityStatus.ONGOING, BEGIN, END));
        assertThat(found).extracting(ActivitySummary::type).containsExactly(ActivityType.FIXED_PRICE,
                ActivityType.DIRECT_DISCOUNT, ActivityType.OTHER);
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)).withRequestBody(
                equalToJson("{\"status\":\"ONGOING\",\"page_size\":100}")));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(SEARCH)).withRequestBody(
                equalToJson("{\"status\":\"ONGOING\",\"page_size\":100,\"page_token\":\"c2J4LXBhZ2U6Mn4+Pw==\"}")));
    }

    @Test
    void aBusinessRefusalIsAValidationErrorAndIsNotRetried() {
        wireMock.stubFor(put(urlPathEqualTo(PRODUCTS)).willReturn(okJson("{\"code\":17009705,\"message\":"
                + "\"activity price 25.00 of sku 1729100000000100001 must be below the sku's price 24.00 USD\","
                + "\"request_id\":\"req-refused\",\"data\":{}}")));

        assertThatThrownBy(() -> client.promotions().updateActivityProducts(US, ACTIVITY_ID, List.of(
                new ActivityProduct("1729000000000100001", List.of(ActivitySku.atPrice("1729100000000100001",
                        new Price("25.00", "USD")))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(17009705L);
                    assertThat(e.requestId()).isEqualTo("req-refused");
                });
        wireMock.verify(1, putRequestedFor(urlPathEqualTo(PRODUCTS)));
    }

    @Test
    void throttledSearchesAreRetriedAndThenReportedAsRateLimited() {
        wireMock.stubFor(post(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(429)
                .withBody("{\"code\":36009002,\"message\":\"Too many requests\",\"request_id\":\"req-429\"}")));

        assertThatThrownBy(() -> client.promotions().searchActivities(US, null))
                .isInstanceOf(RateLimitedException.class);
        wireMock.verify(3, postRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void aCreateOrDeactivateThatTimesOutIsOutcomeUnknownAndSentOnce() {
        TikTokShopClient impatient = new TikTokShopClient(new TikTokClientConfig(APP_KEY, APP_SECRET,
                wireMock.baseUrl(), wireMock.baseUrl(), Duration.ofSeconds(1), Duration.ofMillis(200), 100, Map.of(),
                Duration.ofSeconds(1), 3, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMinutes(5)),
                tokens, Clock.fixed(NOW, ZoneOffset.UTC), new SimpleMeterRegistry());
        wireMock.stubFor(post(urlPathEqualTo(ACTIVITIES)).willReturn(okJson(success("{\"activity_id\":\"1\"}"))
                .withFixedDelay(1000)));
        wireMock.stubFor(post(urlPathEqualTo(DEACTIVATE)).willReturn(okJson(success("{}")).withFixedDelay(1000)));

        assertThatThrownBy(() -> impatient.promotions().createActivity(US, new NewActivity("late", ActivityType.FLASHSALE,
                BEGIN, END, ProductLevel.PRODUCT)))
                .isInstanceOfSatisfying(TikTokTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        assertThatThrownBy(() -> impatient.promotions().deactivateActivity(US, ACTIVITY_ID))
                .isInstanceOfSatisfying(TikTokTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(ACTIVITIES)));
        wireMock.verify(1, postRequestedFor(urlPathEqualTo(DEACTIVATE)));
    }

    @Test
    void termsNeedEitherAPriceOrADiscount() {
        assertThatThrownBy(() -> new ActivitySku("1", new Price("1.00", "USD"), BigDecimal.TEN, -1, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActivitySku("1", null, null, -1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
