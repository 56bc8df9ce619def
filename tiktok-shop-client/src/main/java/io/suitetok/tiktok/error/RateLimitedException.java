package io.suitetok.tiktok.error;

import java.time.Duration;

/** TikTok throttled the call (HTTP 429 or 36009002): wait with jitter, at least Retry-After, and retry. */
public class RateLimitedException extends TikTokApiException {

    private final Duration retryAfter;

    public RateLimitedException(int httpStatus, long code, String message, String requestId) {
        this(httpStatus, code, message, requestId, Duration.ZERO);
    }

    public RateLimitedException(int httpStatus, long code, String message, String requestId, Duration retryAfter) {
        super(httpStatus, code, message, requestId);
        this.retryAfter = retryAfter;
    }

    /** What TikTok asked for in Retry-After; zero when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
