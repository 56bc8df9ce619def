package io.suitetok.tiktok.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureVerifierTest {

    private static final String DOCUMENTED_BODY = "{\"type\":1,\"tts_notification_id\":\"7380066284010030890\","
            + "\"shop_id\":\"7495540735365777507\",\"timestamp\":1718305585,\"data\":{\"is_on_hold_order\":true,"
            + "\"order_id\":\"576653688135258178\",\"order_status\":\"UNPAID\",\"update_time\":1718305585}}";

    private final WebhookSignatureVerifier verifier = new WebhookSignatureVerifier("abcdef", "123");

    @Test
    void theDocumentedWebhookVerifies() {
        assertThat(verifier.isAuthentic(DOCUMENTED_BODY.getBytes(StandardCharsets.UTF_8),
                "5dec0f11ec2f6783b8deee53c9ffbf8d024302f7c7e7fa55a35d17629031ac05")).isTrue();
    }

    @Test
    void theSameJsonWrittenDifferentlyDoesNotVerify() {
        String reformatted = DOCUMENTED_BODY.replace(",", ", ");

        assertThat(verifier.isAuthentic(reformatted.getBytes(StandardCharsets.UTF_8),
                "5dec0f11ec2f6783b8deee53c9ffbf8d024302f7c7e7fa55a35d17629031ac05")).isFalse();
    }

    @Test
    void aMissingOrForeignSignatureIsRefused() {
        byte[] body = DOCUMENTED_BODY.getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.isAuthentic(body, null)).isFalse();
        assertThat(verifier.isAuthentic(body, "")).isFalse();
        assertThat(new WebhookSignatureVerifier("abcdef", "other-secret").isAuthentic(body,
                "5dec0f11ec2f6783b8deee53c9ffbf8d024302f7c7e7fa55a35d17629031ac05")).isFalse();
    }
}
