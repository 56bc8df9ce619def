package io.suitetok.tiktok.webhook;

import io.suitetok.model.Required;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.tiktok.model.order.ReturnStatus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * Every order the notification names: {@code data.order_id}, or for PACKAGE_UPDATE (type 4) each
     * {@code data.package_list[].order_id_list[]} (a combined package holds several orders), in order
     * of appearance, each once. Empty for notifications about no order.
     */
    public List<String> orderIds() {
        Set<String> ids = new LinkedHashSet<>();
        if (orderId() != null) {
            ids.add(orderId());
        }
        for (JsonNode pkg : data.path("package_list")) {
            for (JsonNode order : pkg.path("order_id_list")) {
                if (!order.isNull() && !order.asString().isBlank()) {
                    ids.add(order.asString());
                }
            }
        }
        return List.copyOf(ids);
    }

    public String productId() {
        return text("product_id");
    }

    /**
     * Order status for type 1 ({@code CANCEL} and {@code CANCELLED} both read as CANCELLED; a status the
     * hub does not know reads as UNKNOWN rather than failing the notification).
     */
    public OrderStatus orderStatus() {
        String status = text("order_status");
        return status == null ? null : OrderStatus.readTikTok(status);
    }

    public Long updateTime() {
        JsonNode value = data.get("update_time");
        return value == null || value.isNull() ? null : value.asLong();
    }

    /**
     * The typed payload of a RETURN_STATUS_CHANGE (type 12); the raw status text is kept beside the
     * enum so an UNKNOWN status can still be logged and parked with what TikTok actually sent.
     *
     * @throws MalformedWebhookException when the notification is another type or lacks the return id
     */
    public ReturnStatusChange returnStatusChange() {
        if (type != WebhookType.RETURN_STATUS_CHANGE) {
            throw new MalformedWebhookException("notification type " + type + " is not a return status change");
        }
        String returnId = text("return_id");
        if (returnId == null || returnId.isBlank()) {
            throw new MalformedWebhookException("return status change has no 'return_id'");
        }
        String status = text("return_status");
        JsonNode created = data.get("create_time");
        return new ReturnStatusChange(shopId, orderId(), returnId, text("return_role"), text("return_type"),
                ReturnStatus.readTikTok(status), status,
                created == null || created.isNull() ? null : created.asLong(), updateTime());
    }

    /** Identifies the notification for deduplication; see {@link WebhookDedupeKey}. */
    public String dedupeKey() {
        return WebhookDedupeKey.of(this);
    }

    /** The business key for Kafka: the (first) order id, else the product id, else the shop. */
    public String subjectKey() {
        List<String> orders = orderIds();
        String subject = !orders.isEmpty() ? orders.get(0) : productId();
        return subject != null ? subject : shopId;
    }

    /** Numbers come back as their exact digits ({@code asText} on a big integer node keeps them). */
    private String text(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
