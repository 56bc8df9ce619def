package io.suitetok.tiktok.error;

/** The signature or timestamp was refused (106001, or 36009004 naming them): a bug or a skewed clock. */
public class SignatureInvalidException extends TikTokApiException {

    public SignatureInvalidException(int httpStatus, long code, String message, String requestId) {
        super(httpStatus, code, message, requestId);
    }
}
