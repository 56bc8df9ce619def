package io.suitetok.sandbox.tiktok.webhooks;

import io.suitetok.sandbox.tiktok.protocol.EndpointRoutes;
import io.suitetok.sandbox.tiktok.protocol.RouteTable;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.protocol.Endpoints;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Get Shop Webhooks and Update Shop Webhook. */
@Component
public class WebhookRoutes implements EndpointRoutes {

    private final WebhookSubscriptions subscriptions;
    private final Clock clock;

    public WebhookRoutes(WebhookSubscriptions subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(Endpoints.GET_WEBHOOKS,
                call -> Map.of("webhooks", subscriptions.of(call.shop().id())));
        routes.on(Endpoints.UPDATE_WEBHOOK, call -> {
            WebhookSubscription wanted = call.body(WebhookSubscription.class);
            if (wanted.eventType() == null || EventTypes.number(wanted.eventType()).isEmpty()) {
                throw TikTokError.invalidParameter("event_type " + wanted.eventType() + " is not a webhook event");
            }
            if (wanted.address() == null || !WebhookSubscriptions.acceptableAddress(wanted.address())) {
                throw TikTokError.invalidParameter("address must be an absolute http(s) URL");
            }
            subscriptions.put(call.shop().id(), wanted.eventType(), wanted.address(), clock.instant().getEpochSecond());
            return Map.of();
        });
    }
}
