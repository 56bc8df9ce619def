package io.suitetok.tiktok.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TikTokErrorClassifierTest {

    private static TikTokApiException classify(int status, long code, String message) {
        return TikTokErrorClassifier.classify(status, code, message, "req-1");
    }

    @Test
    void eachDocumentedFamilyGetsItsOwnType() {
        assertThat(classify(429, 36009002, "Too many requests")).isInstanceOf(RateLimitedException.class);
        assertThat(classify(200, 105002, "Expired credentials")).isInstanceOf(TokenExpiredException.class);
        assertThat(classify(401, 106001, "signature is invalid")).isInstanceOf(SignatureInvalidException.class);
        assertThat(classify(200, 105005, "you should apply auth pkg for this api"))
                .isInstanceOf(MissingScopeException.class);
        assertThat(classify(200, 106013, "shop_cipher invalid")).isInstanceOf(ShopCipherException.class);
        assertThat(classify(401, 36009043, "shop deactivated")).isInstanceOf(AuthorizationException.class);
        assertThat(classify(200, 12052048, "You can't edit")).isInstanceOf(ValidationException.class);
        assertThat(classify(503, 36009003, "internal error")).isInstanceOf(TikTokServerException.class);
    }

    @Test
    void theOverloaded36009004IsSplitByItsMessage() {
        assertThat(classify(200, 36009004, "Invalid timestamp")).isInstanceOf(SignatureInvalidException.class);
        assertThat(classify(200, 36009004, "shop_cipher is not required"))
                .isInstanceOf(ShopCipherException.class);
        assertThat(classify(200, 36009004, "invalid access token")).isInstanceOf(AuthorizationException.class);
        assertThat(classify(200, 36009004, "param body.address is missing")).isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyThrottlingAndServerFailuresAreRetryable() {
        assertThat(classify(429, 36009002, "").isRetryable()).isTrue();
        assertThat(classify(500, 36009007, "timeout").isRetryable()).isTrue();
        assertThat(classify(200, 12052048, "bad").isRetryable()).isFalse();
        assertThat(classify(401, 106001, "signature").isRetryable()).isFalse();
        assertThat(classify(401, 106001, "signature").getMessage()).contains("106001", "req-1");
    }
}
