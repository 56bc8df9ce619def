package io.suitetok.sandbox.tiktok.webhooks;

/** Get/Update Shop Webhook: {@code {event_type, address}} (reference §2.3). */
public record WebhookSubscription(String eventType, String address) {
}
