package io.suitetok.sandbox.tiktok.protocol;

import io.suitetok.sandbox.tiktok.SimulatorSettings;
import io.suitetok.sandbox.tiktok.auth.AccessGrant;
import io.suitetok.sandbox.tiktok.auth.Authorizations;
import io.suitetok.sandbox.tiktok.shops.Shop;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * TikTok's gatekeeping, in the order the simulator applies it: the path, the app key, the
 * timestamp window, the signature over the exact bytes received, the access token, and finally
 * the shop cipher (required on shop endpoints, refused elsewhere, and covered by the token). The
 * signature is recomputed by the simulator's own {@link RequestSignature}, written from TikTok's
 * documented steps, so a client that signs wrongly is refused as TikTok would refuse it.
 */
@Component
public class ProtocolVerifier {

    /** TikTok accepts timestamps at most 5 minutes old and at most 30 seconds ahead. */
    static final long MAX_AGE_SECONDS = 300;
    static final long MAX_AHEAD_SECONDS = 30;
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private final SimulatorSettings settings;
    private final Authorizations authorizations;
    private final ShopDirectory shops;

    public ProtocolVerifier(SimulatorSettings settings, Authorizations authorizations, ShopDirectory shops) {
        this.settings = settings;
        this.authorizations = authorizations;
        this.shops = shops;
    }

    /** The endpoint this request is for; 36009009 (or 36009010) when the simulator serves none. */
    public Endpoint resolve(String method, String path) {
        return Endpoints.find(method, path).orElseThrow(() -> {
            boolean otherMethod = Endpoints.ALL.stream().anyMatch(e -> e.matches(e.method(), path));
            return otherMethod
                    ? new TikTokError(ErrorCodes.INVALID_METHOD, 405, "Invalid method: " + method + " " + path)
                    : new TikTokError(ErrorCodes.INVALID_PATH, 404, "Invalid path: " + path);
        });
    }

    public VerifiedCall verify(Endpoint endpoint, String path, Map<String, String> query, byte[] body,
            HttpServletRequest request) {
        checkAppKey(query.get("app_key"));
        checkTimestamp(query.get("timestamp"));
        checkSignature(path, query, body, request.getContentType());
        AccessGrant grant = authorizations.verify(request.getHeader("x-tts-access-token"));
        Shop shop = checkCipher(endpoint, query.get("shop_cipher"), grant);
        return new VerifiedCall(endpoint, PathParams.extract(endpoint.pathTemplate(), path), query, body, shop, grant,
                request);
    }

    private void checkAppKey(String appKey) {
        if (appKey == null || appKey.isEmpty()) {
            throw new TikTokError(ErrorCodes.INVALID_PARAMETER, 401, "Invalid app_key: app_key is missing");
        }
        if (!settings.appKey().equals(appKey)) {
            throw new TikTokError(ErrorCodes.INVALID_PARAMETER, 401, "Invalid app_key: unknown app_key " + appKey);
        }
    }

    private void checkTimestamp(String timestamp) {
        if (timestamp == null || !TEN_DIGITS.matcher(timestamp).matches()) {
            throw TikTokError.invalidParameter("timestamp must be 10-digit Unix seconds, got " + timestamp);
        }
        long now = settings.clock().instant().getEpochSecond();
        long sent = Long.parseLong(timestamp);
        if (sent < now - MAX_AGE_SECONDS || sent > now + MAX_AHEAD_SECONDS) {
            throw TikTokError.invalidParameter("timestamp " + sent + " is outside the accepted window [" + (now
                    - MAX_AGE_SECONDS) + ", " + (now + MAX_AHEAD_SECONDS) + "]; check the caller's clock");
        }
    }

    private void checkSignature(String path, Map<String, String> query, byte[] body, String contentType) {
        String given = query.get("sign");
        String expected = RequestSignature.expected(settings.appSecret(), path, query, body, contentType);
        if (!RequestSignature.matches(expected, given)) {
            throw new TikTokError(ErrorCodes.SIGNATURE_INVALID, 401, "signature is invalid");
        }
    }

    private Shop checkCipher(Endpoint endpoint, String cipher, AccessGrant grant) {
        boolean sent = cipher != null && !cipher.isEmpty();
        if (!endpoint.shopScoped()) {
            if (sent) {
                throw TikTokError.invalidParameter("shop_cipher is not required for " + endpoint.pathTemplate()
                        + " (unexpected parameter)");
            }
            return null;
        }
        if (!sent) {
            throw new TikTokError(ErrorCodes.SHOP_CIPHER_INVALID, 400, "shop_cipher is missing");
        }
        Shop shop = shops.byCipher(cipher).orElseThrow(() ->
                new TikTokError(ErrorCodes.SHOP_CIPHER_INVALID, 400, "shop_cipher is invalid"));
        if (!grant.covers(shop.id())) {
            throw new TikTokError(ErrorCodes.TOKEN_SHOP_MISMATCH, 403,
                    "the access token is not authorized for shop " + shop.id());
        }
        return shop;
    }
}
