package io.suitetok.sandbox.tiktok.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.tiktok.signing.RequestSigner;
import io.suitetok.tiktok.webhook.WebhookSignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator's own signatures against TikTok's published vectors, and against the client's signer. */
class RequestSignatureTest {

    @Test
    void tikToksDocumentedRequestVector() {
        // "Sign your API request": the step-by-step example (reference §1.3.1, V1).
        assertThat(RequestSignature.expected("e59af819cc", "/authorization/202309/shops",
                Map.of("app_key", "29a39d", "timestamp", "1623812664"), null, null))
                .isEqualTo("b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8");
    }

    @Test
    void tikToksDocumentedWebhookVector() {
        byte[] body = ("{\"type\":1,\"tts_notification_id\":\"7380066284010030890\",\"shop_id\":\"7495540735365777507\","
                + "\"timestamp\":1718305585,\"data\":{\"is_on_hold_order\":true,\"order_id\":\"576653688135258178\","
                + "\"order_status\":\"UNPAID\",\"update_time\":1718305585}}").getBytes(StandardCharsets.UTF_8);

        assertThat(RequestSignature.ofWebhook("abcdef", "123", body))
                .isEqualTo("5dec0f11ec2f6783b8deee53c9ffbf8d024302f7c7e7fa55a35d17629031ac05");
    }

    @Test
    void aBodyBearingRequestSignsTheSameOnBothSides() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("timestamp", "1764150000");
        query.put("shop_cipher", "TTP_sandbox_us_cipher_0001");
        query.put("app_key", "sandbox-app-key");
        query.put("page_token", "6AsPQ+7D1/x==");
        query.put("page_size", "");
        byte[] body = "{\"update_time_ge\":1764150000}".getBytes(StandardCharsets.UTF_8);

        assertThat(RequestSignature.expected("sandbox-app-secret", "/order/202309/orders/search", query, body,
                "application/json")).isEqualTo(RequestSigner.sign("sandbox-app-secret", "/order/202309/orders/search",
                        query, body, "application/json"));
        assertThat(RequestSignature.ofWebhook("k", "s", body))
                .isEqualTo(new WebhookSignatureVerifier("k", "s").signatureOf(body));
    }
}
