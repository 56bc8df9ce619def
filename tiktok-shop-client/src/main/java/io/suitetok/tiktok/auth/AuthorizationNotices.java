package io.suitetok.tiktok.auth;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.model.id.ShopId;
import io.suitetok.tiktok.webhook.WebhookNotification;
import io.suitetok.tiktok.webhook.WebhookType;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on TikTok's authorization webhooks. Deauthorization (type 6): the shop's tokens are marked
 * revoked in the shared store, so every service stops calling TikTok for the shop with
 * {@link ShopDeauthorizedException} instead of piling up 401s. Upcoming expiry (type 7): an operator
 * must have the seller authorize again; a token refresh cannot help, because the refresh token lives
 * only as long as the seller's grant. So it is logged at warn level and published as the
 * {@code tiktok.authorization.expires_at} gauge (epoch seconds, per shop) for alerting.
 */
public class AuthorizationNotices {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationNotices.class);

    private final TokenStore tokens;
    private final MeterRegistry meters;
    private final Map<ShopId, AtomicLong> expiries = new ConcurrentHashMap<>();

    public AuthorizationNotices(TokenStore tokens, MeterRegistry meters) {
        this.tokens = tokens;
        this.meters = meters;
    }

    public static boolean isAuthorizationNotice(int type) {
        return type == WebhookType.SELLER_DEAUTHORIZATION || type == WebhookType.UPCOMING_AUTHORIZATION_EXPIRATION;
    }

    /** @return whether the notification was an authorization notice (and was acted on) */
    public boolean handle(WebhookNotification notification) {
        ShopId shop = new ShopId(notification.shopId());
        String message = notification.data().path("message").asString("");
        switch (notification.type()) {
            case WebhookType.SELLER_DEAUTHORIZATION -> {
                tokens.revoke(shop, "seller deauthorized the app at " + Instant.ofEpochSecond(notification.timestamp())
                        + (message.isBlank() ? "" : ": " + message));
                meters.counter("tiktok.authorization.revoked", "shop", shop.value()).increment();
                log.error("TikTok shop {} deauthorized the app; no more calls for it until the seller authorizes "
                        + "again ({})", shop.value(), message);
                return true;
            }
            case WebhookType.UPCOMING_AUTHORIZATION_EXPIRATION -> {
                // TikTok sends the time as a string of epoch seconds.
                long expiresAt = notification.data().path("expiration_time").asLong(0);
                expiries.computeIfAbsent(shop, s -> meters.gauge("tiktok.authorization.expires_at",
                        io.micrometer.core.instrument.Tags.of("shop", s.value()), new AtomicLong()))
                        .set(expiresAt);
                meters.counter("tiktok.authorization.expiry_warnings", "shop", shop.value()).increment();
                log.warn("TikTok authorization of shop {} expires at {}: have the seller authorize the app again ({})",
                        shop.value(), expiresAt == 0 ? "an unstated time" : Instant.ofEpochSecond(expiresAt), message);
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
