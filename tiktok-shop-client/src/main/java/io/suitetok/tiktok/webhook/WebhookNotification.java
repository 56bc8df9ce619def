package io.suitetok.tiktok.webhook;

import io.suitetok.model.Required;
import io.suitetok.model.order.OrderStatus;
import tools.jackson.databind.JsonNode;

/**
 * A TikTok webhook envelope: {@code {type, tts_notification_id, shop_id, timestamp, data}}. Older
 * notifications have no {@code tts_notification_id}, and some carry ids as JSON numbers; both are
 * accepted. The data is kept as a tree because each type has its own shape.
 */
public record WebhookNotification(int type, String notificationId, String shopId, long timestamp, JsonNode data) {

    public WebhookNotification {
        Required.present("shop_id", shopId, "data", data);
    }

    /** The order the notification is about, for order types; null otherwise. */
    public String orderId() {
        return text("order_id");
    }

    public String productId() {
        return text("product_id");
    }

    /** Order status for type 1 ({@code CANCEL} and {@code CANCELLED} both read as CANCELLED). */
    public OrderStatus orderStatus() {
        String status = text("order_status");
        return status == null ? null : OrderStatus.fromTikTok(status);
    }

    public Long updateTime() {
        JsonNode value = data.get("update_time");
        return value == null || value.isNull() ? null : value.asLong();
    }

    /**
     * Identifies the notification for deduplication: TikTok's id when present, otherwise what makes
     * a notification distinct (type, order or product, status, update time).
     */
    public String dedupeKey() {
        if (notificationId != null && !notificationId.isBlank()) {
            return "tts:" + notificationId;
        }
        String subject = orderId() != null ? orderId() : productId();
        String state = firstText("order_status", "cancel_status", "return_status", "status");
        Object when = updateTime() != null ? updateTime() : text("create_time");
        return "derived:" + type + ":" + subject + ":" + state + ":" + when;
    }

    /** The business key for Kafka: the order id, else the product id, else the shop. */
    public String subjectKey() {
        String subject = orderId() != null ? orderId() : productId();
        return subject != null ? subject : shopId;
    }

    private String firstText(String... fields) {
        for (String field : fields) {
            String value = text(field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Numbers come back as their exact digits ({@code asText} on a big integer node keeps them). */
    private String text(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
