package io.suitetok.tiktok.auth;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.model.id.ShopId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code tiktok.token.expiry{shop}} ({@code tiktok_token_expiry_seconds}): seconds until each configured shop's
 * access token expires, read from the token store (at most once per shop every few seconds). Negative once expired;
 * NaN while the shop has no token or the store cannot be read, so an alert on "below an hour" does not fire on
 * a database blip. Registered at start-up for every configured shop.
 */
public final class TokenExpiryGauges {

    private static final Duration CACHE_FOR = Duration.ofSeconds(5);

    private final TokenStore tokens;
    private final Clock clock;
    private final Map<ShopId, Reading> readings = new ConcurrentHashMap<>();

    public TokenExpiryGauges(TokenStore tokens, Collection<ShopId> shops, MeterRegistry meters, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        for (ShopId shop : shops) {
            Gauge.builder("tiktok.token.expiry", () -> secondsLeft(shop))
                    .description("seconds until the shop's TikTok access token expires")
                    .baseUnit("seconds")
                    .tag("shop", shop.value())
                    .register(meters);
        }
    }

    double secondsLeft(ShopId shop) {
        Instant now = clock.instant();
        Reading last = readings.get(shop);
        if (last == null || last.readAt().plus(CACHE_FOR).isBefore(now)) {
            last = new Reading(now, expiryOf(shop));
            readings.put(shop, last);
        }
        return last.expiresAt() == null ? Double.NaN : Duration.between(now, last.expiresAt()).toSeconds();
    }

    private Instant expiryOf(ShopId shop) {
        try {
            return tokens.find(shop).map(TokenPair::accessExpiresAt).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private record Reading(Instant readAt, Instant expiresAt) {
    }
}
