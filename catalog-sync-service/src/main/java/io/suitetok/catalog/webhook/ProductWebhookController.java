package io.suitetok.catalog.webhook;

import io.suitetok.model.topic.HubTopic;
import io.suitetok.tiktok.spring.WebhookIngress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Where TikTok sends product webhooks (types 5, 15, 16: audit outcomes and changes). */
@RestController
public class ProductWebhookController {

    private final WebhookIngress ingress;

    public ProductWebhookController(WebhookIngress ingress) {
        this.ingress = ingress;
    }

    @PostMapping("/webhooks/tiktok/products")
    public CompletableFuture<ResponseEntity<Map<String, String>>> receive(@RequestBody byte[] rawBody,
            @RequestHeader(value = "Authorization", required = false) String signature) {
        return ingress.accept(rawBody, signature, HubTopic.TIKTOK_PRODUCT_NOTIFICATIONS);
    }
}
