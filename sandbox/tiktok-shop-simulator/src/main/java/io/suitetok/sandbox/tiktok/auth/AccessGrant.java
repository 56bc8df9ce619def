package io.suitetok.sandbox.tiktok.auth;

import java.time.Instant;
import java.util.Set;

/**
 * What one token pair allows: calls for these shops until the access token expires. A refresh
 * replaces the whole grant; the old refresh token stops working.
 */
public record AccessGrant(String accessToken, Instant accessExpiresAt, String refreshToken, Instant refreshExpiresAt,
        Set<String> shopIds) {

    public AccessGrant {
        shopIds = Set.copyOf(shopIds);
    }

    public boolean covers(String shopId) {
        return shopIds.contains(shopId);
    }

    AccessGrant withAccessExpiry(Instant expiry) {
        return new AccessGrant(accessToken, expiry, refreshToken, refreshExpiresAt, shopIds);
    }
}
