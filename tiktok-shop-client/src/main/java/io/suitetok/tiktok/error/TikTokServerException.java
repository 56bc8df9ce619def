package io.suitetok.tiktok.error;

/** TikTok failed on its side (5xx, 36009003 internal error, 36009007 timeout): retry later. */
public class TikTokServerException extends TikTokApiException {

    public TikTokServerException(int httpStatus, long code, String message, String requestId) {
        super(httpStatus, code, message, requestId);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
