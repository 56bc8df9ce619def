package io.suitetok.tiktok.error;

/** TikTok refused the request's content; its message says which field. */
public class ValidationException extends TikTokApiException {

    public ValidationException(int httpStatus, long code, String message, String requestId) {
        super(httpStatus, code, message, requestId);
    }
}
