package io.suitetok.orders.webhook;

import io.suitetok.model.topic.HubTopic;
import io.suitetok.tiktok.spring.WebhookIngress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where TikTok sends order webhooks (status 1, address 3, cancellation 11, return 12, and any other
 * type subscribed here, which is recorded too). Answered 200 only once the notification is on Kafka.
 */
@RestController
public class OrderWebhookController {

    private final WebhookIngress ingress;

    public OrderWebhookController(WebhookIngress ingress) {
        this.ingress = ingress;
    }

    @PostMapping("/webhooks/tiktok")
    public CompletableFuture<ResponseEntity<Map<String, String>>> receive(@RequestBody byte[] rawBody,
            @RequestHeader(value = "Authorization", required = false) String signature) {
        return ingress.accept(rawBody, signature, HubTopic.TIKTOK_ORDER_NOTIFICATIONS);
    }
}
