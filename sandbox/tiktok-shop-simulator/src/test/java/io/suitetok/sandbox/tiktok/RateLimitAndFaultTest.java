package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.sandbox.tiktok.faults.CallLog.CallRecord;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.http.TikTokTransportException;
import io.suitetok.tiktok.model.order.OrderSearchFilter;
import io.suitetok.tiktok.model.product.ProductRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-endpoint QPS limits, injected 5xx, latency and late answers, and the client coping with them. */
class RateLimitAndFaultTest extends AgainstFreshSimulator {

    @Test
    void callsOverAnEndpointsQpsAnswer429With36009002AndRetryAfter() {
        control.setQps("warehouses", 2);
        String token = connected.tokenOf(connected.us).accessToken();
        Map<String, String> query = Map.of("shop_cipher", connected.us.cipher());

        List<RawCall.Answer> answers = java.util.stream.IntStream.range(0, 3).mapToObj(i -> RawCall.send(simulator,
                "GET", "/logistics/202309/warehouses", query, RawCall.now(), token, null)).toList();
        RawCall.Answer otherEndpoint = RawCall.send(simulator, "GET", "/event/202309/webhooks", query, RawCall.now(),
                token, null);

        assertThat(answers).extracting(RawCall.Answer::code).containsExactly(0L, 0L, 36009002L);
        assertThat(answers.get(2).httpStatus()).isEqualTo(429);
        assertThat(otherEndpoint.code()).isZero();
    }

    @Test
    void theClientRetriesThroughThrottling() {
        control.setQps("warehouses", 1);
        ConnectedClient patient = connected.variant(simulator.clientConfig().withRetry(5, Duration.ofMillis(50),
                Duration.ofSeconds(2)), Clock.systemUTC());

        for (int i = 0; i < 3; i++) {
            assertThat(patient.client.shops().warehouses(connected.us)).hasSize(3);
        }

        List<CallRecord> calls = control.calls("warehouses");
        assertThat(calls).filteredOn(c -> c.code() == 0).hasSize(3);
        assertThat(calls).filteredOn(c -> c.httpStatus() == 429).isNotEmpty()
                .allSatisfy(c -> assertThat(c.code()).isEqualTo(36009002));
    }

    @Test
    void injectedServerErrorsApplyNothingAndTheClientRetriesThem() {
        control.failNext("search_orders", 2, 503);

        var page = connected.client.orders().search(connected.us, OrderSearchFilter.updatedBetween(0, 2_000_000_000L),
                10, null);

        assertThat(page.orders()).isEmpty();
        assertThat(control.calls("search_orders")).extracting(CallRecord::httpStatus, CallRecord::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(503, 36009003L),
                        org.assertj.core.groups.Tuple.tuple(503, 36009003L), org.assertj.core.groups.Tuple.tuple(200, 0L));
    }

    @Test
    void latencyIsAddedToTheChosenEndpointOnly() {
        control.setLatency("warehouses", Duration.ofMillis(400));

        long started = System.nanoTime();
        connected.client.shops().warehouses(connected.us);
        long slowMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        connected.client.shops().webhooks(connected.us);
        long fastMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(slowMillis).isGreaterThanOrEqualTo(400);
        assertThat(fastMillis).isLessThan(400);
    }

    @Test
    void aCreateAnsweredTooLateWasAppliedAndTheClientSaysTheOutcomeIsUnknown() {
        String image = Listings.mainImage(connected);
        TikTokClientConfig base = simulator.clientConfig();
        TikTokClientConfig impatient = new TikTokClientConfig(base.appKey(), base.appSecret(), base.apiBaseUrl(),
                base.authBaseUrl(), base.connectTimeout(), Duration.ofMillis(300), base.defaultQps(),
                base.qpsPerEndpoint(), base.rateLimitWait(), 3, base.retryBaseDelay(), base.retryMaxDelay(),
                base.tokenRefreshMargin());
        ConnectedClient client = connected.variant(impatient, Clock.systemUTC());
        control.answerLateAfterCommit("create_product", 1, Duration.ofMillis(1_200));
        ProductRequest tee = Listings.tee(image, "LATE");

        assertThatThrownBy(() -> client.client.products().create(connected.us, tee))
                .isInstanceOfSatisfying(TikTokTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());

        assertThat(control.products(ShopDirectory.US_SHOP_ID)).filteredOn(p -> p.title().equals(tee.title()))
                .hasSize(1);
        // The call is logged when its (late) answer leaves the simulator.
        Eventually.within(Duration.ofSeconds(5), "the late answer logged", () -> control.callCount("create_product") == 1);
        assertThat(control.calls("create_product")).singleElement().satisfies(c -> assertThat(c.code()).isZero());
    }
}
