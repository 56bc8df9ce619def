package io.suitetok.tiktok.error;

/** The token, app or shop is not accepted (101000, 36004004, a deactivated shop): needs a human. */
public class AuthorizationException extends TikTokApiException {

    public AuthorizationException(int httpStatus, long code, String message, String requestId) {
        super(httpStatus, code, message, requestId);
    }
}
