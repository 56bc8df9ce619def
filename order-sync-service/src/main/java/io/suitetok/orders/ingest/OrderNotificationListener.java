package io.suitetok.orders.ingest;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.orders.returns.ReturnRefresher;
import io.suitetok.runtime.inbox.Inbox;
import io.suitetok.tiktok.auth.AuthorizationNotices;
import io.suitetok.tiktok.spring.TikTokShops;
import io.suitetok.tiktok.spring.WebhookIngress.ReceivedWebhook;
import io.suitetok.tiktok.webhook.WebhookNotification;
import io.suitetok.tiktok.webhook.WebhookParser;
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
    private final AuthorizationNotices authorizations;
    private final ReturnRefresher returns;

    public OrderNotificationListener(Inbox inbox, EventCodec codec, OrderRefresher refresher, TikTokShops shops,
            AuthorizationNotices authorizations, ReturnRefresher returns) {
        this.returns = returns;
        this.inbox = inbox;
        this.codec = codec;
        this.refresher = refresher;
        this.shops = shops;
        this.authorizations = authorizations;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = "#{@hubTopicNames.name('tiktok.order-notifications.v1')}")
    public void on(EventEnvelope event) {
        on(codec.payload(event, ReceivedWebhook.class));
    }

    /**
     * One notification: an authorization notice is acted on; an order notification refreshes every
     * order it names (a PACKAGE_UPDATE names its orders in {@code package_list[].order_id_list}), and a
     * return notification the order's returns too.
     */
    void on(ReceivedWebhook received) {
        WebhookNotification notification = WebhookParser.parse(received.webhook());
        UUID key = UUID.nameUUIDFromBytes(received.dedupeKey().getBytes(StandardCharsets.UTF_8));
        if (AuthorizationNotices.isAuthorizationNotice(received.type())) {
            inbox.processOnce(CONSUMER, key, () -> authorizations.handle(notification));
            return;
        }
        List<String> orderIds = notification.orderIds();
        if (!WebhookType.isOrderType(received.type()) || orderIds.isEmpty()) {
            log.info("recorded TikTok notification type {} ({}); no order to refresh", received.type(),
                    received.dedupeKey());
            return;
        }
        inbox.processOnce(CONSUMER, key, () -> {
            for (String orderId : orderIds) {
                refresher.refresh(shops.context(notification.shopId()), List.of(orderId));
            }
            if (received.type() == WebhookType.RETURN_STATUS_CHANGE) {
                // The return is read fresh, like the order: the notification's status may be stale.
                returns.refreshOrder(shops.context(notification.shopId()), notification.returnStatusChange().orderId());
            }
        });
    }
}
