package io.suitetok.tiktok.error;

/** The app lacks the API package for this call (105005): the seller must re-authorize. */
public class MissingScopeException extends TikTokApiException {

    public MissingScopeException(int httpStatus, long code, String message, String requestId) {
        super(httpStatus, code, message, requestId);
    }
}
