package io.suitetok.tiktok.webhook;

import io.suitetok.tiktok.json.TikTokJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads a webhook body already verified by {@link WebhookSignatureVerifier}. */
public final class WebhookParser {

    private WebhookParser() {
    }

    /** @throws MalformedWebhookException when the body is not JSON or lacks the envelope fields */
    public static WebhookNotification parse(byte[] rawBody) {
        return parse(readTree(rawBody));
    }

    /** The body as a JSON tree, for callers that keep it (the ingress stores it as received). */
    public static JsonNode readTree(byte[] rawBody) {
        try {
            return TikTokJson.mapper().readTree(rawBody);
        } catch (JacksonException e) {
            throw new MalformedWebhookException("webhook body is not JSON: " + e.getOriginalMessage());
        }
    }

    /** @throws MalformedWebhookException when the tree lacks the envelope fields */
    public static WebhookNotification parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new MalformedWebhookException("webhook body must be a JSON object");
        }
        JsonNode type = root.get("type");
        JsonNode shopId = root.get("shop_id");
        JsonNode data = root.get("data");
        if (type == null || !type.canConvertToInt()) {
            throw new MalformedWebhookException("webhook has no numeric 'type'");
        }
        if (shopId == null || shopId.isNull() || shopId.asString().isBlank()) {
            throw new MalformedWebhookException("webhook has no 'shop_id'");
        }
        if (data == null || !data.isObject()) {
            throw new MalformedWebhookException("webhook has no 'data' object");
        }
        JsonNode id = root.get("tts_notification_id");
        JsonNode timestamp = root.get("timestamp");
        return new WebhookNotification(type.asInt(), id == null || id.isNull() ? null : id.asString(),
                shopId.asString(), timestamp == null ? 0 : timestamp.asLong(), data);
    }
}
