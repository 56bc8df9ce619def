package io.suitetok.tiktok.error;

/** The access token expired (105002): refresh it and send the call once more. */
public class TokenExpiredException extends TikTokApiException {

    public TokenExpiredException(int httpStatus, long code, String message, String requestId) {
        super(httpStatus, code, message, requestId);
    }
}
