package io.suitetok.sandbox.tiktok.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Webhook type numbers (in the envelope) and the event names used to subscribe to them. Numbers
 * come from {@link WebhookTypes}; names of 11, 12, 15, 16 and 27 follow the topic
 * names of the reference and are unverified against TikTok's subscription API.
 */
public final class EventTypes {

    private static final Map<String, Integer> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("ORDER_STATUS_CHANGE", WebhookTypes.ORDER_STATUS_CHANGE);
        BY_NAME.put("REVERSE_STATUS_UPDATE", WebhookTypes.REVERSE_STATUS_UPDATE);
        BY_NAME.put("RECIPIENT_ADDRESS_UPDATE", WebhookTypes.RECIPIENT_ADDRESS_UPDATE);
        BY_NAME.put("PACKAGE_UPDATE", WebhookTypes.PACKAGE_UPDATE);
        BY_NAME.put("PRODUCT_STATUS_CHANGE", WebhookTypes.PRODUCT_STATUS_CHANGE);
        BY_NAME.put("SELLER_DEAUTHORIZATION", WebhookTypes.SELLER_DEAUTHORIZATION);
        BY_NAME.put("UPCOMING_AUTHORIZATION_EXPIRATION", WebhookTypes.UPCOMING_AUTHORIZATION_EXPIRATION);
        BY_NAME.put("CANCELLATION_STATUS_CHANGE", WebhookTypes.CANCELLATION_STATUS_CHANGE);
        BY_NAME.put("RETURN_STATUS_CHANGE", WebhookTypes.RETURN_STATUS_CHANGE);
        BY_NAME.put("PRODUCT_INFORMATION_CHANGE", WebhookTypes.PRODUCT_INFORMATION_CHANGE);
        BY_NAME.put("PRODUCT_CREATION", WebhookTypes.PRODUCT_CREATION);
        BY_NAME.put("INVENTORY_STATUS_CHANGE", WebhookTypes.INVENTORY_STATUS_CHANGE);
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
