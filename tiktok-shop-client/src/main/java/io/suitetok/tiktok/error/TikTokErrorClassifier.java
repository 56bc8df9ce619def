package io.suitetok.tiktok.error;

import static io.suitetok.tiktok.error.TikTokErrorCode.AUTHENTICATION_ERROR;
import static io.suitetok.tiktok.error.TikTokErrorCode.COMMON_PARAMETER_ERROR;
import static io.suitetok.tiktok.error.TikTokErrorCode.INTERNAL_ERROR;
import static io.suitetok.tiktok.error.TikTokErrorCode.MISSING_SCOPE;
import static io.suitetok.tiktok.error.TikTokErrorCode.RATE_LIMITED;
import static io.suitetok.tiktok.error.TikTokErrorCode.REQUEST_TIMEOUT;
import static io.suitetok.tiktok.error.TikTokErrorCode.SELLER_DEACTIVATED;
import static io.suitetok.tiktok.error.TikTokErrorCode.SHOP_CIPHER_INVALID;
import static io.suitetok.tiktok.error.TikTokErrorCode.SHOP_DEACTIVATED;
import static io.suitetok.tiktok.error.TikTokErrorCode.SIGNATURE_INVALID;
import static io.suitetok.tiktok.error.TikTokErrorCode.TOKEN_EXPIRED;
import static io.suitetok.tiktok.error.TikTokErrorCode.TOKEN_SHOP_MISMATCH;

import java.util.Locale;

/**
 * Turns TikTok's (HTTP status, code, message) into the right exception. TikTok reuses 36009004 for
 * a dozen unrelated failures and documents that callers should branch on the message, so this
 * does, in one place.
 */
public final class TikTokErrorClassifier {

    private TikTokErrorClassifier() {
    }

    public static TikTokApiException classify(int httpStatus, long code, String message, String requestId) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (httpStatus == 429 || RATE_LIMITED.is(code)) {
            return new RateLimitedException(httpStatus, code, message, requestId);
        }
        if (TOKEN_EXPIRED.is(code)) {
            return new TokenExpiredException(httpStatus, code, message, requestId);
        }
        if (SIGNATURE_INVALID.is(code)) {
            return new SignatureInvalidException(httpStatus, code, message, requestId);
        }
        if (MISSING_SCOPE.is(code)) {
            return new MissingScopeException(httpStatus, code, message, requestId);
        }
        if (SHOP_CIPHER_INVALID.is(code)) {
            return new ShopCipherException(httpStatus, code, message, requestId);
        }
        if (TOKEN_SHOP_MISMATCH.is(code) || AUTHENTICATION_ERROR.is(code) || SHOP_DEACTIVATED.is(code)
                || SELLER_DEACTIVATED.is(code)) {
            return new AuthorizationException(httpStatus, code, message, requestId);
        }
        if (COMMON_PARAMETER_ERROR.is(code)) {
            return commonParameterError(httpStatus, code, message, requestId, text);
        }
        if (httpStatus >= 500 || INTERNAL_ERROR.is(code) || REQUEST_TIMEOUT.is(code)) {
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
