package io.suitetok.tiktok.spring;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.event.EventType;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.tiktok.webhook.MalformedWebhookException;
import io.suitetok.tiktok.webhook.WebhookNotification;
import io.suitetok.tiktok.webhook.WebhookParser;
import io.suitetok.tiktok.webhook.WebhookSignatureVerifier;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
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
 *
 * <p>At most {@code maxInFlight} webhooks wait for Kafka at once; beyond that the answer is 503 at once.
 * Each waiting webhook holds an open connection and its request buffers (about 130 kB in Tomcat), so
 * when the broker falls behind in a flash sale an unbounded number of them would fill the heap and kill
 * the service (the LIVE burst benchmark saw order-sync die so with a 256 MB heap at 500 webhooks a
 * second). A 503 loses nothing: TikTok delivers the notification again.
 */
public class WebhookIngress {

    private static final Logger log = LoggerFactory.getLogger(WebhookIngress.class);
    private static final Duration KAFKA_WAIT = Duration.ofSeconds(2);
    /** 2,000 webhooks a second answered within 100 ms need 200 at once; beyond that Kafka is behind anyway. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 256;

    private final WebhookSignatureVerifier verifier;
    private final EventPublisher publisher;
    private final EventCodec codec;
    private final String source;
    private final Semaphore inFlight;

    public WebhookIngress(WebhookSignatureVerifier verifier, EventPublisher publisher, EventCodec codec, String source) {
        this(verifier, publisher, codec, source, DEFAULT_MAX_IN_FLIGHT);
    }

    public WebhookIngress(WebhookSignatureVerifier verifier, EventPublisher publisher, EventCodec codec, String source,
            int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
        this.verifier = verifier;
        this.publisher = publisher;
        this.codec = codec;
        this.source = source;
        this.inFlight = new Semaphore(maxInFlight);
    }

    /**
     * Verifies, parses and stores one webhook. The answer completes once Kafka acknowledged the record
     * ({@code acks=all}), and no request thread waits for that: under a flash sale the thread pool would
     * otherwise cap the rate at threads ÷ acknowledgement time.
     */
    public CompletableFuture<ResponseEntity<Map<String, String>>> accept(byte[] rawBody, String authorization,
            HubTopic topic) {
        if (!verifier.isAuthentic(rawBody, authorization)) {
            log.warn("refused a TikTok webhook with a bad signature ({} bytes)", rawBody.length);
            return CompletableFuture.completedFuture(answer(HttpStatus.UNAUTHORIZED, "signature does not match the body"));
        }
        // Parsed once: this is the hot path of a flash sale.
        JsonNode webhook;
        WebhookNotification notification;
        try {
            webhook = WebhookParser.readTree(rawBody);
            notification = WebhookParser.parse(webhook);
        } catch (MalformedWebhookException e) {
            return CompletableFuture.completedFuture(answer(HttpStatus.BAD_REQUEST, e.getMessage()));
        }
        EventEnvelope event = codec.envelope(Received.TikTokWebhookReceived, source, notification.subjectKey(),
                notification.subjectKey(), new ShopId(notification.shopId()),
                new ReceivedWebhook(notification.dedupeKey(), notification.type(), notification.timestamp(),
                        webhook));
        if (!inFlight.tryAcquire()) {
            log.debug("TikTok webhook {} not taken: too many waiting for Kafka; answering 503",
                    notification.dedupeKey());
            return CompletableFuture.completedFuture(answer(HttpStatus.SERVICE_UNAVAILABLE, "busy; please retry"));
        }
        CompletableFuture<?> stored;
        try {
            stored = publisher.publish(topic, event);
        } catch (RuntimeException e) {
            // The producer refused at once (Kafka unreachable for max.block.ms, or the buffer full).
            stored = CompletableFuture.failedFuture(e);
        }
        return stored.orTimeout(KAFKA_WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .handle((sent, failure) -> {
                    inFlight.release();
                    if (failure == null) {
                        return answer(HttpStatus.OK, "stored");
                    }
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    log.warn("TikTok webhook {} not stored, answering 503 so TikTok retries: {}",
                            notification.dedupeKey(), cause.toString());
                    return answer(HttpStatus.SERVICE_UNAVAILABLE, "not stored; please retry");
                });
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
