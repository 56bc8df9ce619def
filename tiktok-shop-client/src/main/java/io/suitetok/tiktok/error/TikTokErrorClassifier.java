package io.suitetok.tiktok.error;

import java.util.Locale;

/**
 * Turns TikTok's (HTTP status, code, message) into the right exception. TikTok reuses 36009004 for
 * a dozen unrelated failures and documents that callers should branch on the message, so this
 * does, in one place.
 */
public final class TikTokErrorClassifier {

    public static final long RATE_LIMITED = 36009002L;
    public static final long INTERNAL_ERROR = 36009003L;
    public static final long COMMON_PARAMETER_ERROR = 36009004L;
    public static final long REQUEST_TIMEOUT = 36009007L;
    public static final long TOKEN_EXPIRED = 105002L;
    public static final long MISSING_SCOPE = 105005L;
    public static final long TOKEN_SHOP_MISMATCH = 101000L;
    public static final long AUTHENTICATION_ERROR = 36004004L;
    public static final long SIGNATURE_INVALID = 106001L;
    public static final long SHOP_CIPHER_INVALID = 106013L;
    public static final long SHOP_DEACTIVATED = 36009043L;
    public static final long SELLER_DEACTIVATED = 36009044L;

    private TikTokErrorClassifier() {
    }

    public static TikTokApiException classify(int httpStatus, long code, String message, String requestId) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (httpStatus == 429 || code == RATE_LIMITED) {
            return new RateLimitedException(httpStatus, code, message, requestId);
        }
        if (code == TOKEN_EXPIRED) {
            return new TokenExpiredException(httpStatus, code, message, requestId);
        }
        if (code == SIGNATURE_INVALID) {
            return new SignatureInvalidException(httpStatus, code, message, requestId);
        }
        if (code == MISSING_SCOPE) {
            return new MissingScopeException(httpStatus, code, message, requestId);
        }
        if (code == SHOP_CIPHER_INVALID) {
            return new ShopCipherException(httpStatus, code, message, requestId);
        }
        if (code == TOKEN_SHOP_MISMATCH || code == AUTHENTICATION_ERROR || code == SHOP_DEACTIVATED
                || code == SELLER_DEACTIVATED) {
            return new AuthorizationException(httpStatus, code, message, requestId);
        }
        if (code == COMMON_PARAMETER_ERROR) {
            return commonParameterError(httpStatus, code, message, requestId, text);
        }
        if (httpStatus >= 500 || code == INTERNAL_ERROR || code == REQUEST_TIMEOUT) {
            return new TikTokServerException(httpStatus, code, message, requestId);
        }
        return new ValidationException(httpStatus, code, message, requestId);
    }

    private static TikTokApiException commonParameterError(int httpStatus, long code, String message,
            String requestId, String text) {
        if (text.contains("shop_cipher") || text.contains("shop cipher")) {
            return new ShopCipherException(httpStatus, code, message, requestId);
        }
        if (text.contains("sign") || text.contains("timestamp")) {
            return new SignatureInvalidException(httpStatus, code, message, requestId);
        }
        if (text.contains("access token") || text.contains("access_token") || text.contains("app_key")
                || text.contains("app key")) {
            return new AuthorizationException(httpStatus, code, message, requestId);
        }
        return new ValidationException(httpStatus, code, message, requestId);
    }
}
