package io.suitetok.tiktok.auth;

import io.suitetok.model.Required;
import java.time.Duration;
import java.time.Instant;

/**
 * An access and refresh token, stored and replaced together: a refresh returns a new refresh token
 * and the old one may stop working, so saving half a pair would lock the hub out of the shop.
 * TikTok's {@code *_expire_in} fields are absolute epoch seconds, not durations.
 */
public record TokenPair(String accessToken, Instant accessExpiresAt, String refreshToken, Instant refreshExpiresAt) {

    public TokenPair {
        Required.present("accessToken", accessToken, "accessExpiresAt", accessExpiresAt, "refreshToken",
                refreshToken, "refreshExpiresAt", refreshExpiresAt);
    }

    public boolean needsRefresh(Instant now, Duration margin) {
        return !now.plus(margin).isBefore(accessExpiresAt);
    }

    @Override
    public String toString() {
        return "TokenPair[accessExpiresAt=" + accessExpiresAt + ", refreshExpiresAt=" + refreshExpiresAt + "]";
    }
}
