package io.suitetok.sandbox.tiktok.webhooks;

import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Per-shop webhook addresses by event name (Update Shop Webhook). A subscribed address wins over
 * the app's callback URL for that shop and event.
 */
@Component
public class WebhookSubscriptions {

    private final Map<String, Map<String, Subscription>> byShop = new HashMap<>();

    public synchronized Subscription put(String shopId, String eventType, String address, long now) {
        Map<String, Subscription> shop = byShop.computeIfAbsent(shopId, k -> new LinkedHashMap<>());
        Subscription old = shop.get(eventType);
        Subscription updated = new Subscription(eventType, address, old == null ? now : old.createTime(), now);
        shop.put(eventType, updated);
        return updated;
    }

    public synchronized List<Subscription> of(String shopId) {
        return byShop.getOrDefault(shopId, Map.of()).values().stream()
                .sorted(Comparator.comparing(Subscription::eventType)).toList();
    }

    public synchronized Optional<String> addressFor(String shopId, String eventType) {
        return Optional.ofNullable(byShop.getOrDefault(shopId, Map.of()).get(eventType)).map(Subscription::address);
    }

    public synchronized void clear() {
        byShop.clear();
    }

    /** TikTok wants an HTTPS domain; the simulator also takes plain HTTP so local receivers work. */
    public static boolean acceptableAddress(String address) {
        try {
            URI uri = URI.create(address);
            return (uri.getScheme() != null && (uri.getScheme().equals("https") || uri.getScheme().equals("http")))
                    && uri.getHost() != null && address.length() <= 2048;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    public record Subscription(String eventType, String address, long createTime, long updateTime) {
    }
}
