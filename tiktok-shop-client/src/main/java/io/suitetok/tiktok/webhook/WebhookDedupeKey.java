package io.suitetok.tiktok.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The key that makes a webhook delivered twice count once. TikTok's {@code tts_notification_id} when
 * present; older envelopes have none, so then the key is built from the shop and the fields that make
 * a notification of that type distinct. The shop is always part of it: types 6 and 7 carry no subject
 * of their own and would otherwise collide across shops. Each type names its own fields, because a
 * generic "order id + status + time" is null for PACKAGE_UPDATE and every package change of one second
 * would collapse into one.
 */
final class WebhookDedupeKey {

    private WebhookDedupeKey() {
    }

    static String of(WebhookNotification notification) {
        String id = notification.notificationId();
        if (id != null && !id.isBlank()) {
            return "tts:" + id;
        }
        JsonNode data = notification.data();
        List<String> parts = new ArrayList<>();
        parts.add("derived");
        parts.add(notification.shopId());
        parts.add(Integer.toString(notification.type()));
        switch (notification.type()) {
            case WebhookType.ORDER_STATUS_CHANGE -> add(parts, data, "order_id", "order_status", "update_time");
            case WebhookType.REVERSE_STATUS_UPDATE ->
                    add(parts, data, "order_id", "reverse_order_id", "reverse_order_status", "update_time");
            case WebhookType.RECIPIENT_ADDRESS_UPDATE -> add(parts, data, "order_id", "update_time");
            case WebhookType.PACKAGE_UPDATE -> {
                add(parts, data, "sc_type", "role_type", "update_time");
                parts.add(String.join(",", packagesAndOrders(data)));
            }
            case WebhookType.PRODUCT_STATUS_CHANGE -> add(parts, data, "product_id", "status", "update_time");
            // No subject and no update time: the envelope's timestamp tells one message from the next.
            case WebhookType.SELLER_DEAUTHORIZATION -> parts.add(Long.toString(notification.timestamp()));
            // Sent again every day before the same expiry: each day's warning is its own notification.
            case WebhookType.UPCOMING_AUTHORIZATION_EXPIRATION -> {
                add(parts, data, "expiration_time");
                parts.add(Long.toString(notification.timestamp()));
            }
            case WebhookType.CANCELLATION_STATUS_CHANGE ->
                    add(parts, data, "order_id", "cancel_id", "cancel_status", "update_time", "create_time");
            case WebhookType.RETURN_STATUS_CHANGE ->
                    add(parts, data, "order_id", "return_id", "return_status", "update_time");
            case WebhookType.PRODUCT_INFORMATION_CHANGE, WebhookType.PRODUCT_CREATION ->
                    add(parts, data, "product_id", "update_time");
            case WebhookType.INVENTORY_STATUS_CHANGE -> {
                add(parts, data, "product_id", "sku_id", "current_inventory_status");
                parts.add(Long.toString(notification.timestamp()));
            }
            default -> {
                // An unknown type: the whole data object identifies it, with the envelope's time.
                parts.add(data.toString());
                parts.add(Long.toString(notification.timestamp()));
            }
        }
        return String.join(":", parts);
    }

    /** Every package with its orders, sorted, so the same change listed in another order is one key. */
    private static TreeSet<String> packagesAndOrders(JsonNode data) {
        TreeSet<String> entries = new TreeSet<>();
        for (JsonNode pkg : data.path("package_list")) {
            String packageId = pkg.path("package_id").asString("");
            for (JsonNode order : pkg.path("order_id_list")) {
                entries.add(packageId + "/" + order.asString());
            }
            if (pkg.path("order_id_list").isEmpty()) {
                entries.add(packageId);
            }
        }
        return entries;
    }

    private static void add(List<String> parts, JsonNode data, String... fields) {
        for (String field : fields) {
            JsonNode value = data.get(field);
            parts.add(value == null || value.isNull() ? "-" : value.asString());
        }
    }
}
