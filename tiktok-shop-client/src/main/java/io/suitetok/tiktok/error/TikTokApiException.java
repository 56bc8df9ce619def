package io.suitetok.tiktok.error;

/**
 * A TikTok call that did not succeed. TikTok's {@code code} is the truth (any non-zero code is a
 * failure whatever the HTTP status); {@code requestId} is what TikTok support asks for.
 */
public class TikTokApiException extends RuntimeException {

    private final int httpStatus;
    private final long code;
    private final String requestId;

    public TikTokApiException(int httpStatus, long code, String message, String requestId) {
        super("TikTok " + code + " (HTTP " + httpStatus + "): " + message + " [request_id " + requestId + "]");
        this.httpStatus = httpStatus;
        this.code = code;
        this.requestId = requestId;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public long code() {
        return code;
    }

    public String requestId() {
        return requestId;
    }

    /** Whether the same call may succeed if sent again later, unchanged. */
    public boolean isRetryable() {
        return false;
    }
}
