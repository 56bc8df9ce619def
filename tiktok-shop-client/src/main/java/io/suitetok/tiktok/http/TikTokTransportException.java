package io.suitetok.tiktok.http;

/**
 * The call did not get an answer from TikTok. When {@code outcomeUnknown} is true the request may
 * have been processed (a timeout after sending a non-idempotent call): the caller must check
 * TikTok's state (search by seller SKU, read the order) before sending it again.
 */
public class TikTokTransportException extends RuntimeException {

    private final boolean outcomeUnknown;

    public TikTokTransportException(String message, Throwable cause, boolean outcomeUnknown) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
