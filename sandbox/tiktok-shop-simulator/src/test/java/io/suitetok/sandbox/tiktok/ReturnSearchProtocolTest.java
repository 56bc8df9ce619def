package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.error.SignatureInvalidException;
import io.suitetok.tiktok.model.order.ReturnSearchFilter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Search Returns is signed, filtered and rate-limited like TikTok's other endpoints. */
class ReturnSearchProtocolTest extends AgainstFreshSimulator {

    @Test
    void aSignatureMadeWithTheWrongSecretIsRefusedWith106001And401() {
        TikTokClientConfig base = simulator.clientConfig().withRetry(1, Duration.ofMillis(10), Duration.ofMillis(10));
        ConnectedClient wrongSecret = connected.variant(new TikTokClientConfig(base.appKey(), "not-the-secret",
                base.apiBaseUrl(), base.authBaseUrl(), base.connectTimeout(), base.readTimeout(), base.defaultQps(),
                base.qpsPerEndpoint(), base.rateLimitWait(), base.maxAttempts(), base.retryBaseDelay(),
                base.retryMaxDelay(), base.tokenRefreshMargin()), Clock.systemUTC());

        assertThatThrownBy(() -> wrongSecret.client.orders().searchReturns(connected.us,
                ReturnSearchFilter.forOrders(List.of("1"))))
                .isInstanceOfSatisfying(SignatureInvalidException.class, e -> {
                    assertThat(e.code()).isEqualTo(106001);
                    assertThat(e.httpStatus()).isEqualTo(401);
                });
    }

    @Test
    void documentedFiltersAreTakenAndAMisspeltOneIsRefused() {
        RawCall.Answer documented = search("{\"update_time_ge\":0,\"update_time_lt\":4102444800,"
                + "\"return_types\":[\"REFUND\"]}");
        RawCall.Answer misspelt = search("{\"update_time_from\":0}");

        assertThat(documented.code()).isZero();
        assertThat(documented.json().at("/data/return_orders").isArray()).isTrue();
        assertThat(misspelt.code()).isEqualTo(36009004);
        assertThat(misspelt.message()).contains("update_time_from");
    }

    @Test
    void callsOverTheEndpointsQpsAnswer429() {
        control.setQps("search_returns", 1);

        List<Integer> statuses = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> search("{\"order_ids\":[\"1\"]}").httpStatus()).toList();

        assertThat(statuses).contains(429);
    }

    private RawCall.Answer search(String body) {
        return RawCall.send(simulator, "POST", "/return_refund/202309/returns/search",
                Map.of("shop_cipher", connected.us.cipher(), "page_size", "10"), RawCall.now(),
                connected.tokenOf(connected.us).accessToken(), body);
    }

}
