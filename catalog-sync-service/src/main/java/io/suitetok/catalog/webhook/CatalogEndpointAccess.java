package io.suitetok.catalog.webhook;

import io.suitetok.runtime.security.EndpointAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** TikTok calls the webhook without a caller's token: its HMAC signature is what WebhookIngress checks. */
@Configuration(proxyBeanMethods = false)
class CatalogEndpointAccess {

    @Bean
    EndpointAccess productWebhookAccess() {
        return new EndpointAccess().open(HttpMethod.POST, "/webhooks/tiktok/products");
    }
}
