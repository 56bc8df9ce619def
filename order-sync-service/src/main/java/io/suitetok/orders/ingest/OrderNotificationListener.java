package io.suitetok.orders.ingest;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.event.InvalidEventException;
import io.suitetok.orders.returns.ReturnRefresher;
import io.micrometer.tracing.Span;
import io.suitetok.runtime.inbox.Inbox;
import io.suitetok.runtime.tracing.TraceParents;
import io.suitetok.tiktok.auth.AuthorizationNotices;
import io.suitetok.tiktok.spring.TikTokShops;
import io.suitetok.tiktok.spring.WebhookIngress.ReceivedWebhook;
import io.suitetok.tiktok.webhook.WebhookNotification;
import io.suitetok.tiktok.webhook.WebhookParser;
import io.suitetok.tiktok.webhook.WebhookType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns order notifications into fresh order snapshots, a batch of notifications at a time: in a LIVE burst
 * one TikTok call then reads up to fifty orders instead of one (TikTok allows an app a few calls a second per
 * endpoint). TikTok's duplicates arrive as different events with the same dedupe key, so the inbox is keyed by
 * that key, not by the event id; the batch's claims and its snapshots commit together.
 */
@Component
public class OrderNotificationListener {

    private static final Logger log = LoggerFactory.getLogger(OrderNotificationListener.class);
    static final String CONSUMER = "order-notifications";
    private static final String TRACE_HEADER = "traceparent";

    private final Inbox inbox;
    private final EventCodec codec;
    private final OrderRefresher refresher;
    private final TikTokShops shops;
    private final AuthorizationNotices authorizations;
    private final ReturnRefresher returns;
    private final TransactionTemplate transaction;
    private final TraceParents traces;

    public OrderNotificationListener(Inbox inbox, EventCodec codec, OrderRefresher refresher, TikTokShops shops,
            AuthorizationNotices authorizations, ReturnRefresher returns, TransactionTemplate transaction,
            TraceParents traces) {
        this.traces = traces;
        this.returns = returns;
        this.inbox = inbox;
        this.codec = codec;
        this.refresher = refresher;
        this.shops = shops;
        this.authorizations = authorizations;
        this.transaction = transaction;
    }

    /** A notification as read from its record, with the trace that carried it from the webhook. */
    record Notice(ReceivedWebhook received, WebhookNotification notification, UUID key, String traceParent) {
    }

    /**
     * One poll's records. A record that cannot be read is named to the error handler after the ones before it
     * are handled, so those commit and it alone goes to the dead-letter topic; the ones after it come again.
     */
    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = "#{@hubTopicNames.name('tiktok.order-notifications.v1')}",
            containerFactory = OrderNotificationBatches.FACTORY)
    public void on(List<ConsumerRecord<String, EventEnvelope>> records) {
        List<Notice> notices = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Notice notice;
            try {
                notice = read(records.get(i));
            } catch (RuntimeException e) {
                handle(notices);
                throw new BatchListenerFailedException("order notification cannot be read: " + e.getMessage(), e, i);
            }
            notices.add(notice);
        }
        handle(notices);
    }

    private Notice read(ConsumerRecord<String, EventEnvelope> record) {
        if (record.value() == null) {
            // The value deserializer failed (its exception is in the record's headers for the dead-letter topic).
            throw new InvalidEventException("record " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not an event envelope", null);
        }
        ReceivedWebhook received = codec.payload(record.value(), ReceivedWebhook.class);
        Header trace = record.headers().lastHeader(TRACE_HEADER);
        return new Notice(received, WebhookParser.parse(received.webhook()),
                UUID.nameUUIDFromBytes(received.dedupeKey().getBytes(StandardCharsets.UTF_8)),
                trace == null ? null : new String(trace.value(), StandardCharsets.UTF_8));
    }

    /**
     * In one transaction: claims each notification in the inbox, acts on authorization notices, refreshes every
     * order the new ones name (a PACKAGE_UPDATE names its orders in {@code package_list[].order_id_list}) with
     * one TikTok call per fifty orders of a shop, then the returns of orders a return notification names.
     */
    void handle(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            Map<String, Map<String, String>> traceByOrderByShop = new LinkedHashMap<>();
            Map<String, Set<String>> returnOrdersByShop = new LinkedHashMap<>();
            for (Notice notice : notices) {
                int type = notice.received().type();
                boolean authorization = AuthorizationNotices.isAuthorizationNotice(type);
                List<String> orderIds = notice.notification().orderIds();
                if (!authorization && (!WebhookType.isOrderType(type) || orderIds.isEmpty())) {
                    log.info("recorded TikTok notification type {} ({}); no order to refresh", type,
                            notice.received().dedupeKey());
                    continue;
                }
                if (!inbox.claim(CONSUMER, notice.key())) {
                    continue;
                }
                if (authorization) {
                    authorizations.handle(notice.notification());
                    continue;
                }
                String shopId = notice.notification().shopId();
                Map<String, String> traces = traceByOrderByShop.computeIfAbsent(shopId, k -> new LinkedHashMap<>());
                orderIds.forEach(orderId -> traces.putIfAbsent(orderId, notice.traceParent()));
                if (type == WebhookType.RETURN_STATUS_CHANGE) {
                    // The return is read fresh, like the order: the notification's status may be stale.
                    returnOrdersByShop.computeIfAbsent(shopId, k -> new LinkedHashSet<>())
                            .add(notice.notification().returnStatusChange().orderId());
                }
            }
            // One span per shop's read, as the consumer of the notifications that named its orders: it continues
            // the first one's trace and links the others', so every webhook's trace shows the TikTok call.
            traceByOrderByShop.forEach((shopId, traces) -> this.traces.inSpan("order-notifications process",
                    Span.Kind.CONSUMER, new ArrayList<>(new LinkedHashSet<>(traces.values())),
                    () -> refresher.refresh(shops.context(shopId), List.copyOf(traces.keySet()), traces::get)));
            returnOrdersByShop.forEach((shopId, orderIds) ->
                    orderIds.forEach(orderId -> returns.refreshOrder(shops.context(shopId), orderId)));
        });
    }
}
