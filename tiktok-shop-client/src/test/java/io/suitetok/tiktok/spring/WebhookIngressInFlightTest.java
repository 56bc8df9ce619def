package io.suitetok.tiktok.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.tiktok.webhook.WebhookSignatureVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.support.SendResult;

/**
 * When Kafka falls behind, webhooks waiting for it are bounded: past the bound the answer is 503 at once (TikTok
 * delivers again), and a slot is free again as soon as Kafka answers one that waited.
 */
class WebhookIngressInFlightTest {

    /** Kafka that has not acknowledged anything yet: each send waits until the test completes it. */
    static final class SlowKafka extends EventPublisher {

        final List<CompletableFuture<SendResult<String, EventEnvelope>>> sends = new ArrayList<>();

        SlowKafka() {
            super(null, null);
        }

        @Override
        public synchronized CompletableFuture<SendResult<String, EventEnvelope>> publish(HubTopic topic,
                EventEnvelope event) {
            CompletableFuture<SendResult<String, EventEnvelope>> send = new CompletableFuture<>();
            sends.add(send);
            return send;
        }
    }

    private final WebhookSignatureVerifier signer = new WebhookSignatureVerifier("app-key", "app-secret");
    private final SlowKafka kafka = new SlowKafka();
    private final WebhookIngress ingress = new WebhookIngress(signer, kafka, new EventCodec(Clock.systemUTC()),
            "test", 2);

    @Test
    void pastTheBoundTheAnswerIs503AtOnceAndTheSlotComesBackWhenKafkaAnswers() {
        CompletableFuture<ResponseEntity<Map<String, String>>> first = accept(1);
        CompletableFuture<ResponseEntity<Map<String, String>>> second = accept(2);
        CompletableFuture<ResponseEntity<Map<String, String>>> third = accept(3);

        assertThat(first).isNotDone();
        assertThat(second).isNotDone();
        assertThat(third).isDone();
        assertThat(third.join().getStatusCode().value()).isEqualTo(503);
        assertThat(kafka.sends).hasSize(2);

        kafka.sends.get(0).complete(null);
        assertThat(first.join().getStatusCode().value()).isEqualTo(200);
        CompletableFuture<ResponseEntity<Map<String, String>>> fourth = accept(4);
        assertThat(fourth).isNotDone();
        assertThat(kafka.sends).hasSize(3);
    }

    private CompletableFuture<ResponseEntity<Map<String, String>>> accept(int n) {
        byte[] body = ("{\"type\":1,\"tts_notification_id\":\"n-" + n + "\",\"shop_id\":\"7495000000000000001\","
                + "\"timestamp\":1764150000,\"data\":{\"order_id\":\"57646900001000" + n + "\","
                + "\"order_status\":\"AWAITING_SHIPMENT\",\"update_time\":1764150000}}").getBytes(StandardCharsets.UTF_8);
        return ingress.accept(body, signer.signatureOf(body), HubTopic.TIKTOK_ORDER_NOTIFICATIONS);
    }
}
