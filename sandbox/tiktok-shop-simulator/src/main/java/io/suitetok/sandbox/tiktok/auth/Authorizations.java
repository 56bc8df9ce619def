package io.suitetok.sandbox.tiktok.auth;

import io.suitetok.sandbox.tiktok.SimulatorSettings;
import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Auth codes and token pairs. The documented codes of the default shops may be exchanged any
 * number of times (so a restarted local stack can authorize again); codes minted through the
 * control API behave like TikTok's: single use, valid 30 minutes.
 */
@Component
public class Authorizations {

    static final Duration AUTH_CODE_LIFETIME = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SimulatorSettings settings;
    private final Map<String, AuthCode> codes = new HashMap<>();
    private final Map<String, AccessGrant> byAccessToken = new HashMap<>();
    private final Map<String, AccessGrant> byRefreshToken = new HashMap<>();

    public Authorizations(SimulatorSettings settings, ShopDirectory shops) {
        this.settings = settings;
        for (Shop shop : shops.shops()) {
            codes.put(shop.authCode(), new AuthCode(Set.of(shop.id()), true, Instant.MAX));
        }
        codes.put(ShopDirectory.SELLER_AUTH_CODE,
                new AuthCode(new LinkedHashSet<>(shops.shops().stream().map(Shop::id).toList()), true, Instant.MAX));
    }

    /** GET /api/v2/token/get. */
    public synchronized AccessGrant exchange(String appKey, String appSecret, String authCode, String grantType) {
        checkApp(appKey, appSecret);
        if (!"authorized_code".equals(grantType)) {
            throw TikTokError.invalidParameter("grant_type must be authorized_code");
        }
        AuthCode code = authCode == null ? null : codes.get(authCode);
        if (code == null || now().isAfter(code.expiresAt())) {
            throw TikTokError.business(ErrorCodes.AUTH_RECORD_NOT_FOUND, "can not find related auth record");
        }
        if (!code.reusable()) {
            codes.remove(authCode);
        }
        return issue(code.shopIds());
    }

    /** GET /api/v2/token/refresh: a new pair; the refresh token just used stops working. */
    public synchronized AccessGrant refresh(String appKey, String appSecret, String refreshToken, String grantType) {
        checkApp(appKey, appSecret);
        if (!"refresh_token".equals(grantType)) {
            throw TikTokError.invalidParameter("grant_type must be refresh_token");
        }
        AccessGrant grant = refreshToken == null ? null : byRefreshToken.get(refreshToken);
        if (grant == null) {
            throw TikTokError.business(ErrorCodes.AUTH_RECORD_NOT_FOUND, "can not find related auth record");
        }
        if (now().isAfter(grant.refreshExpiresAt())) {
            throw TikTokError.business(ErrorCodes.REFRESH_TOKEN_EXPIRED, "rt has expired");
        }
        byRefreshToken.remove(refreshToken);
        return issue(grant.shopIds());
    }

    /** The grant behind an access token sent in x-tts-access-token, or TikTok's refusal. */
    public synchronized AccessGrant verify(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new TikTokError(ErrorCodes.INVALID_PARAMETER, 401,
                    "Invalid access token: the x-tts-access-token header is missing");
        }
        AccessGrant grant = byAccessToken.get(accessToken.trim());
        if (grant == null) {
            throw new TikTokError(ErrorCodes.INVALID_PARAMETER, 401, "Invalid access token: the access token is "
                    + "not valid for this app");
        }
        if (!now().isBefore(grant.accessExpiresAt())) {
            throw new TikTokError(ErrorCodes.TOKEN_EXPIRED, 401, "access token is expired");
        }
        return grant;
    }

    /** Mints a single-use code, as TikTok's authorization page would after the seller agrees. */
    public synchronized String issueAuthCode(Collection<String> shopIds) {
        String code = "sbx-code-" + randomToken(12);
        codes.put(code, new AuthCode(Set.copyOf(shopIds), false, now().plus(AUTH_CODE_LIFETIME)));
        return code;
    }

    /** Makes every access token of the shop expired now, so the next call gets 105002. */
    public synchronized int expireAccessTokens(String shopId) {
        int expired = 0;
        for (AccessGrant grant : Map.copyOf(byAccessToken).values()) {
            if (grant.covers(shopId) && now().isBefore(grant.accessExpiresAt())) {
                replace(grant.withAccessExpiry(now().minusSeconds(1)));
                expired++;
            }
        }
        return expired;
    }

    /**
     * The seller withdrew the app's authorization for the shop: no token acts for it any more (a call
     * with its cipher answers 101000) and a refresh no longer brings it back; a token pair that covered
     * only this shop stops working altogether. A new auth code authorizes it again.
     */
    public synchronized int deauthorize(String shopId) {
        int withdrawn = 0;
        for (AccessGrant grant : java.util.List.copyOf(byAccessToken.values())) {
            if (!grant.covers(shopId)) {
                continue;
            }
            withdrawn++;
            Set<String> left = new LinkedHashSet<>(grant.shopIds());
            left.remove(shopId);
            if (left.isEmpty()) {
                byAccessToken.remove(grant.accessToken());
                byRefreshToken.remove(grant.refreshToken());
            } else {
                replace(new AccessGrant(grant.accessToken(), grant.accessExpiresAt(), grant.refreshToken(),
                        grant.refreshExpiresAt(), left));
            }
        }
        return withdrawn;
    }

    private AccessGrant issue(Set<String> shopIds) {
        Instant now = now();
        AccessGrant grant = new AccessGrant("TTP_" + randomToken(24), now.plus(settings.accessTokenLifetime()),
                "TTP_" + randomToken(24), now.plus(settings.refreshTokenLifetime()), shopIds);
        byAccessToken.put(grant.accessToken(), grant);
        byRefreshToken.put(grant.refreshToken(), grant);
        return grant;
    }

    /** Keeps both indexes on the same grant; a refresh token already used stays unusable. */
    private void replace(AccessGrant grant) {
        byAccessToken.put(grant.accessToken(), grant);
        byRefreshToken.computeIfPresent(grant.refreshToken(), (token, old) -> grant);
    }

    private void checkApp(String appKey, String appSecret) {
        if (!settings.appKey().equals(appKey) || !settings.appSecret().equals(appSecret)) {
            throw TikTokError.business(ErrorCodes.AUTHENTICATION_FAILED,
                    "authentication failed: app_key or app_secret is wrong");
        }
    }

    private Instant now() {
        return settings.clock().instant();
    }

    private static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private record AuthCode(Set<String> shopIds, boolean reusable, Instant expiresAt) {
    }
}
