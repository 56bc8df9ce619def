package io.suitetok.tiktok.webhook;

import io.suitetok.tiktok.signing.HmacSha256;
import java.nio.charset.StandardCharsets;

/**
 * Checks TikTok's webhook signature: the {@code Authorization} header must be the lowercase hex
 * HMAC-SHA256 of {@code app_key + raw body} keyed by the app secret. It works on the raw bytes:
 * JSON parsed and written again would not match.
 */
public final class WebhookSignatureVerifier {

    private final String appKey;
    private final String appSecret;

    public WebhookSignatureVerifier(String appKey, String appSecret) {
        this.appKey = appKey;
        this.appSecret = appSecret;
    }

    public boolean isAuthentic(byte[] rawBody, String authorizationHeader) {
        return HmacSha256.sameSignature(signatureOf(rawBody), authorizationHeader);
    }

    /** What TikTok sends for this body; the simulator signs its webhooks with it. */
    public String signatureOf(byte[] rawBody) {
        byte[] key = appKey.getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[key.length + rawBody.length];
        System.arraycopy(key, 0, message, 0, key.length);
        System.arraycopy(rawBody, 0, message, key.length, rawBody.length);
        return HmacSha256.hex(appSecret, message);
    }
}
