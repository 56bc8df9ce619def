package io.suitetok.tiktok.model.shop;

/** Where TikTok sends one event type (names such as ORDER_STATUS_CHANGE). */
public record WebhookSubscription(String eventType, String address) {
}
