package io.suitetok.catalog.webhook;

import io.suitetok.catalog.listing.ListingStatusUpdater;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.runtime.inbox.Inbox;
import io.suitetok.tiktok.spring.WebhookIngress.ReceivedWebhook;
import io.suitetok.tiktok.webhook.WebhookType;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Audit outcomes from TikTok's product webhooks update the listing status (once per notification). */
@Component
public class ProductNotificationListener {

    static final String CONSUMER = "catalog-product-notifications";

    private final Inbox inbox;
    private final EventCodec codec;
    private final ListingStatusUpdater updater;

    public ProductNotificationListener(Inbox inbox, EventCodec codec, ListingStatusUpdater updater) {
        this.inbox = inbox;
        this.codec = codec;
        this.updater = updater;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = "#{@hubTopicNames.name('tiktok.product-notifications.v1')}")
    public void on(EventEnvelope event) {
        ReceivedWebhook received = codec.payload(event, ReceivedWebhook.class);
        if (!WebhookType.isProductType(received.type())) {
            return;
        }
        String productId = received.webhook().path("data").path("product_id").asString();
        String shopId = received.webhook().path("shop_id").asString();
        inbox.processOnce(CONSUMER, event.eventId(), () -> updater.refresh(shopId, productId));
    }
}
