package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.sandbox.tiktok.faults.CallLog.CallRecord;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.auth.AuthClient;
import io.suitetok.tiktok.auth.TokenPair;
import io.suitetok.tiktok.error.SignatureInvalidException;
import io.suitetok.tiktok.http.ApiCall;
import io.suitetok.tiktok.http.TikTokEndpoints;
import io.suitetok.tiktok.json.TikTokJson;
import io.suitetok.tiktok.model.order.OrderPage;
import io.suitetok.tiktok.model.order.OrderSearchFilter;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The module's definition of done: a request signed by the real client is accepted, and the same
 * request with one byte of its body changed after signing is refused with 106001. Also pins the
 * simulator to TikTok's documented signing vector V1.
 */
class SignatureAcceptanceTest {

    @Test
    void requestSignedByTheClientIsAcceptedAndTheSameWithOneBodyByteChangedIsRejectedWith106001() {
        RunningSimulator simulator = SharedSimulator.fresh();
        ConnectedClient connected = ConnectedClient.to(simulator);
        simulator.control().placeOrder(io.suitetok.sandbox.tiktok.orders.OrderRequest.of(ShopDirectory.US_SHOP_ID,
                io.suitetok.sandbox.tiktok.orders.OrderRequest.Item.of("TEE-BLK-M", 1)));
        long now = Instant.now().getEpochSecond();
        ApiCall search = ApiCall.to(TikTokEndpoints.SEARCH_ORDERS).query("page_size", 10)
                .query("sort_field", "update_time").query("sort_order", "ASC")
                .body(OrderSearchFilter.updatedBetween(now - 600, now + 600));

        OrderPage page = Transports.of(simulator, connected, null).execute(connected.us, search, OrderPage.class);
        assertThat(page.orders()).hasSize(1);

        assertThatThrownBy(() -> Transports.of(simulator, connected, new Transports.FlipOneBodyDigit())
                .execute(connected.us, search, OrderPage.class))
                .isInstanceOfSatisfying(SignatureInvalidException.class, e -> {
                    assertThat(e.code()).isEqualTo(106001);
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("signature is invalid");
                });
        List<CallRecord> calls = simulator.control().calls("search_orders");
        assertThat(calls).extracting(CallRecord::code).containsExactly(0L, 106001L);
    }

    @Test
    void theDocumentedVectorV1IsAcceptedAndTheUnreproducibleSampleSignatureIsNot() throws IOException {
        Instant documentedTime = Instant.ofEpochSecond(1623812664);
        SimulatorSettings settings = SimulatorSettings.forTests().withCredentials("29a39d", "e59af819cc")
                .withClock(Clock.fixed(documentedTime, ZoneOffset.UTC)).withSeedCatalog(false);
        try (RunningSimulator simulator = TikTokShopSimulator.start(settings)) {
            OkHttpClient http = new OkHttpClient();
            TokenPair token = new AuthClient(simulator.clientConfig(), http).exchangeAuthCode(
                    ShopDirectory.SELLER_AUTH_CODE);
            String path = "/authorization/202309/shops?app_key=29a39d&timestamp=1623812664&sign=";

            JsonNode accepted = get(http, simulator.baseUrl() + path
                    + "b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8", token.accessToken());
            JsonNode refused = get(http, simulator.baseUrl() + path
                    + "bc721f0e0182914e3487b81df204de37a352fc3aa96947efda6dc1e5dd0d5290", token.accessToken());

            assertThat(accepted.get("code").asLong()).isZero();
            assertThat(accepted.at("/data/shops")).hasSize(2);
            assertThat(refused.get("code").asLong()).isEqualTo(106001);
        }
    }

    private static JsonNode get(OkHttpClient http, String url, String token) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(url).header("x-tts-access-token", token)
                .build()).execute()) {
            return TikTokJson.mapper().readTree(response.body().string());
        }
    }
}
