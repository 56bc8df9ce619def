package io.suitetok.tiktok.spring;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.event.EventType;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.EventNotPublishedException;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.tiktok.webhook.MalformedWebhookException;
import io.suitetok.tiktok.webhook.WebhookNotification;
import io.suitetok.tiktok.webhook.WebhookParser;
import io.suitetok.tiktok.webhook.WebhookSignatureVerifier;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import tools.jackson.databind.JsonNode;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The one way a service takes a TikTok webhook in: verify the signature on the raw bytes (401 and
 * nothing stored when it fails), refuse a body that is no envelope (400), put the notification on
 * Kafka with every replica acknowledging, and only then answer 200. When Kafka cannot take it the
 * answer is 503, so TikTok delivers it again. TikTok wants an answer within 3 seconds.
 */
public class WebhookIngress {

    private static final Logger log = LoggerFactory.getLogger(WebhookIngress.class);
    private static final Duration KAFKA_WAIT = Duration.ofSeconds(2);

    private final WebhookSignatureVerifier verifier;
    private final EventPublisher publisher;
    private final EventCodec codec;
    private final String source;

    public WebhookIngress(WebhookSignatureVerifier verifier, EventPublisher publisher, EventCodec codec, String source) {
        this.verifier = verifier;
        this.publisher = publisher;
        this.codec = codec;
        this.source = source;
    }

    public ResponseEntity<Map<String, String>> accept(byte[] rawBody, String authorization, HubTopic topic) {
        if (!verifier.isAuthentic(rawBody, authorization)) {
            log.warn("refused a TikTok webhook with a bad signature ({} bytes)", rawBody.length);
            return answer(HttpStatus.UNAUTHORIZED, "signature does not match the body");
        }
        // Parsed once: this is the hot path of a flash sale.
        JsonNode webhook;
        WebhookNotification notification;
        try {
            webhook = WebhookParser.readTree(rawBody);
            notification = WebhookParser.parse(webhook);
        } catch (MalformedWebhookException e) {
            return answer(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        EventEnvelope event = codec.envelope(Received.TikTokWebhookReceived, source, notification.subjectKey(),
                notification.subjectKey(), new ShopId(notification.shopId()),
                new ReceivedWebhook(notification.dedupeKey(), notification.type(), notification.timestamp(),
                        webhook));
        try {
            publisher.publishAndWait(topic, event, KAFKA_WAIT);
        } catch (EventNotPublishedException e) {
            log.warn("TikTok webhook {} not stored, answering 503 so TikTok retries: {}", notification.dedupeKey(),
                    e.getCause() == null ? e.getMessage() : e.getCause().toString());
            return answer(HttpStatus.SERVICE_UNAVAILABLE, "not stored; please retry");
        }
        return answer(HttpStatus.OK, "stored");
    }

    private static ResponseEntity<Map<String, String>> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }

    /**
     * The payload on the notification topics: TikTok's envelope as received, with its dedupe key.
     *
     * @param dedupeKey TikTok's notification id, or what identifies the notification without one
     */
    public record ReceivedWebhook(String dedupeKey, int type, long timestamp,
            JsonNode webhook) {
    }

    enum Received implements EventType {
        TikTokWebhookReceived;

        @Override
        public int schemaVersion() {
            return 1;
        }
    }
}
