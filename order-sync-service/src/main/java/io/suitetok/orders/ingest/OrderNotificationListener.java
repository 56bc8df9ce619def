package io.suitetok.orders.ingest;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.runtime.inbox.Inbox;
import io.suitetok.tiktok.spring.TikTokShops;
import io.suitetok.tiktok.spring.WebhookIngress.ReceivedWebhook;
import io.suitetok.tiktok.webhook.WebhookType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns order notifications into fresh order snapshots. TikTok's duplicates arrive as different
 * events with the same dedupe key, so the inbox is keyed by that key, not by the event id.
 */
@Component
public class OrderNotificationListener {

    private static final Logger log = LoggerFactory.getLogger(OrderNotificationListener.class);
    static final String CONSUMER = "order-notifications";

    private final Inbox inbox;
    private final EventCodec codec;
    private final OrderRefresher refresher;
    private final TikTokShops shops;

    public OrderNotificationListener(Inbox inbox, EventCodec codec, OrderRefresher refresher, TikTokShops shops) {
        this.inbox = inbox;
        this.codec = codec;
        this.refresher = refresher;
        this.shops = shops;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = "#{@hubTopicNames.name('tiktok.order-notifications.v1')}")
    public void on(EventEnvelope event) {
        ReceivedWebhook received = codec.payload(event, ReceivedWebhook.class);
        String orderId = received.webhook().path("data").path("order_id").asString(null);
        if (!WebhookType.isOrderType(received.type()) || orderId == null) {
            log.info("recorded TikTok notification type {} ({}); no order to refresh", received.type(),
                    received.dedupeKey());
            return;
        }
        UUID notification = UUID.nameUUIDFromBytes(received.dedupeKey().getBytes(StandardCharsets.UTF_8));
        String shopId = received.webhook().path("shop_id").asString();
        inbox.processOnce(CONSUMER, notification, () -> refresher.refresh(shops.context(shopId), List.of(orderId)));
    }
}
