package io.suitetok.sandbox.tiktok.webhooks;

import io.suitetok.tiktok.webhook.WebhookType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Webhook type numbers (in the envelope) and the event names used to subscribe to them. Numbers
 * come from the client's {@link WebhookType}; names of 11, 12, 15, 16 and 27 follow the topic
 * names of the reference and are unverified against TikTok's subscription API.
 */
public final class EventTypes {

    private static final Map<String, Integer> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("ORDER_STATUS_CHANGE", WebhookType.ORDER_STATUS_CHANGE);
        BY_NAME.put("REVERSE_STATUS_UPDATE", WebhookType.REVERSE_STATUS_UPDATE);
        BY_NAME.put("RECIPIENT_ADDRESS_UPDATE", WebhookType.RECIPIENT_ADDRESS_UPDATE);
        BY_NAME.put("PACKAGE_UPDATE", WebhookType.PACKAGE_UPDATE);
        BY_NAME.put("PRODUCT_STATUS_CHANGE", WebhookType.PRODUCT_STATUS_CHANGE);
        BY_NAME.put("SELLER_DEAUTHORIZATION", WebhookType.SELLER_DEAUTHORIZATION);
        BY_NAME.put("UPCOMING_AUTHORIZATION_EXPIRATION", WebhookType.UPCOMING_AUTHORIZATION_EXPIRATION);
        BY_NAME.put("CANCELLATION_STATUS_CHANGE", WebhookType.CANCELLATION_STATUS_CHANGE);
        BY_NAME.put("RETURN_STATUS_CHANGE", WebhookType.RETURN_STATUS_CHANGE);
        BY_NAME.put("PRODUCT_INFORMATION_CHANGE", WebhookType.PRODUCT_INFORMATION_CHANGE);
        BY_NAME.put("PRODUCT_CREATION", WebhookType.PRODUCT_CREATION);
        BY_NAME.put("INVENTORY_STATUS_CHANGE", WebhookType.INVENTORY_STATUS_CHANGE);
    }

    private EventTypes() {
    }

    public static Optional<Integer> number(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static String name(int type) {
        return BY_NAME.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).findFirst()
                .orElse("TYPE_" + type);
    }
}
