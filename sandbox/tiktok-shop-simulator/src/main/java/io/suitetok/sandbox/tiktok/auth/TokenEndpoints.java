package io.suitetok.sandbox.tiktok.auth;

import io.suitetok.sandbox.tiktok.SimulatorSettings;
import io.suitetok.sandbox.tiktok.faults.CallLog;
import io.suitetok.sandbox.tiktok.faults.CallLog.CallRecord;
import io.suitetok.sandbox.tiktok.protocol.Envelope;
import io.suitetok.sandbox.tiktok.protocol.RequestIds;
import io.suitetok.sandbox.tiktok.protocol.TikTokError;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TikTok's token endpoints (the auth host in production; the same server here, so a client's
 * authBaseUrl equals its apiBaseUrl). They are unsigned GETs carrying the app secret, and answer
 * HTTP 200 with TikTok's code.
 */
@RestController
public class TokenEndpoints {

    private static final List<String> GRANTED_SCOPES = List.of("seller.authorization.info", "seller.order.info",
            "seller.product.basic", "seller.product.write", "seller.logistics", "seller.finance.info",
            "seller.return_refund.basic");

    private final Authorizations authorizations;
    private final ShopDirectory shops;
    private final CallLog calls;
    private final SimulatorSettings settings;

    public TokenEndpoints(Authorizations authorizations, ShopDirectory shops, CallLog calls,
            SimulatorSettings settings) {
        this.authorizations = authorizations;
        this.shops = shops;
        this.calls = calls;
        this.settings = settings;
    }

    @GetMapping("/api/v2/token/get")
    public ResponseEntity<Envelope> get(@RequestParam(name = "app_key", required = false) String appKey,
            @RequestParam(name = "app_secret", required = false) String appSecret,
            @RequestParam(name = "auth_code", required = false) String authCode,
            @RequestParam(name = "grant_type", required = false) String grantType) {
        return answer("token_get", "/api/v2/token/get",
                () -> authorizations.exchange(appKey, appSecret, authCode, grantType));
    }

    @GetMapping("/api/v2/token/refresh")
    public ResponseEntity<Envelope> refresh(@RequestParam(name = "app_key", required = false) String appKey,
            @RequestParam(name = "app_secret", required = false) String appSecret,
            @RequestParam(name = "refresh_token", required = false) String refreshToken,
            @RequestParam(name = "grant_type", required = false) String grantType) {
        return answer("token_refresh", "/api/v2/token/refresh",
                () -> authorizations.refresh(appKey, appSecret, refreshToken, grantType));
    }

    private ResponseEntity<Envelope> answer(String name, String path, Supplier<AccessGrant> action) {
        String requestId = RequestIds.next(settings.clock());
        Envelope envelope;
        try {
            envelope = Envelope.success(requestId, tokenData(action.get()));
        } catch (TikTokError e) {
            envelope = Envelope.failure(requestId, e);
        }
        calls.record(new CallRecord(settings.clock().millis(), "GET", path, name, null, 200, envelope.code(),
                envelope.message(), requestId));
        return ResponseEntity.ok(envelope);
    }

    private TokenData tokenData(AccessGrant grant) {
        return new TokenData(grant.accessToken(), grant.accessExpiresAt().getEpochSecond(), grant.refreshToken(),
                grant.refreshExpiresAt().getEpochSecond(), shops.seller().openId(), shops.seller().name(),
                shops.seller().baseRegion(), 0, GRANTED_SCOPES);
    }

    /** {@code *_expire_in} are absolute epoch seconds, as TikTok sends them. */
    public record TokenData(String accessToken, long accessTokenExpireIn, String refreshToken,
            long refreshTokenExpireIn, String openId, String sellerName, String sellerBaseRegion, int userType,
            List<String> grantedScopes) {
    }
}
