package io.suitetok.sandbox.tiktok.protocol;

/**
 * A request refused the way TikTok refuses it: a code, a message (TikTok reuses 36009004, so the
 * message names what was wrong) and the HTTP status that goes with it.
 */
public class TikTokError extends RuntimeException {

    private final long code;
    private final int httpStatus;

    public TikTokError(long code, int httpStatus, String message) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public long code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public static TikTokError invalidParameter(String message) {
        return new TikTokError(ErrorCodes.INVALID_PARAMETER, 400, "Invalid params: " + message);
    }

    /** A business rule refused the request: TikTok answers these with HTTP 200 and the code. */
    public static TikTokError business(long code, String message) {
        return new TikTokError(code, 200, message);
    }
}
