package io.suitetok.orders.webhook;

import io.suitetok.tiktok.webhook.WebhookSignatureVerifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Posts webhooks to the service the way TikTok does: raw JSON, signature in {@code Authorization}. */
public final class SignedWebhooks {

    static final String APP_KEY = "order-test-app-key";
    static final String APP_SECRET = "order-test-app-secret";

    private final WebhookSignatureVerifier signer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    SignedWebhooks(int port) {
        this(port, APP_KEY, APP_SECRET);
    }

    public SignedWebhooks(int port, String appKey, String appSecret) {
        this.port = port;
        this.signer = new WebhookSignatureVerifier(appKey, appSecret);
    }

    static String orderStatus(String orderId, String status, long updateTime) {
        return orderStatus("7495540735365777507", orderId, status, updateTime);
    }

    public static String orderStatus(String shopId, String orderId, String status, long updateTime) {
        return "{\"type\":1,\"tts_notification_id\":\"73800662840" + updateTime + "\",\"shop_id\":\"" + shopId + "\","
                + "\"timestamp\":" + updateTime + ",\"data\":{\"order_id\":\"" + orderId + "\",\"order_status\":\""
                + status + "\",\"is_on_hold_order\":false,\"update_time\":" + updateTime + "}}";
    }

    /**
     * PACKAGE_UPDATE (type 4) in the older envelope without {@code tts_notification_id}: its orders are in
     * {@code package_list[].order_id_list}, not in {@code data.order_id}.
     */
    public static String packageUpdate(String shopId, long updateTime, String packageId, String... orderIds) {
        return "{\"type\":4,\"shop_id\":\"" + shopId + "\",\"timestamp\":" + updateTime + ",\"data\":{\"sc_type\":"
                + "\"COMBINE\",\"role_type\":\"SELLER\",\"package_list\":[{\"package_id\":\"" + packageId + "\","
                + "\"order_id_list\":[\"" + String.join("\",\"", orderIds) + "\"]}],\"update_time\":" + updateTime + "}}";
    }

    /** SELLER_DEAUTHORIZATION (type 6): nothing but a message. */
    public static String sellerDeauthorization(String shopId, long timestamp) {
        return "{\"type\":6,\"shop_id\":\"" + shopId + "\",\"timestamp\":" + timestamp + ",\"data\":{\"message\":"
                + "\"The seller has deauthorized your app.\"}}";
    }

    public HttpResponse<String> post(String body) throws Exception {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return post(raw, signer.signatureOf(raw));
    }

    HttpResponse<String> post(byte[] raw, String signature) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/tiktok"))
                .header("Authorization", signature).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
