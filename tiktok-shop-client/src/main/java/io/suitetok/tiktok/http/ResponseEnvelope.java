package io.suitetok.tiktok.http;

import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.error.TikTokErrorClassifier;
import io.suitetok.tiktok.error.TikTokErrorCode;
import io.suitetok.tiktok.json.TikTokJson;
import java.io.IOException;
import okhttp3.Response;
import okhttp3.ResponseBody;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * TikTok's response envelope {@code {code, message, request_id, data}}. Success is {@code code == 0}
 * whatever the HTTP status; a body that is not the envelope (a proxy's HTML 502) is a failure
 * classified by its HTTP status.
 */
public record ResponseEnvelope(int httpStatus, long code, String message, String requestId, JsonNode data) {

    public static ResponseEnvelope read(Response response) throws IOException {
        return read(response, true);
    }

    /**
     * @param quoteUnexpectedBody whether a body that is not the envelope goes into the failure message;
     *                            never for the token endpoints, whose answers carry tokens
     */
    public static ResponseEnvelope read(Response response, boolean quoteUnexpectedBody) throws IOException {
        ResponseBody body = response.body();
        String text = body == null ? "" : body.string();
        try {
            JsonNode root = TikTokJson.mapper().readTree(text);
            if (root != null && root.isObject() && root.has("code")) {
                return new ResponseEnvelope(response.code(), root.get("code").asLong(),
                        root.path("message").asString(""), root.path("request_id").asString(""),
                        root.has("data") ? root.get("data") : NullNode.getInstance());
            }
        } catch (JacksonException e) {
            // falls through: not TikTok's envelope
        }
        long code = response.code() >= 500 ? TikTokErrorCode.INTERNAL_ERROR.code() : -1;
        String message = quoteUnexpectedBody ? "unexpected response body: " + abbreviate(text)
                : "unexpected response body (" + text.length() + " characters, not shown)";
        return new ResponseEnvelope(response.code(), code, message, "", NullNode.getInstance());
    }

    public boolean isSuccess() {
        return code == 0 && httpStatus < 500;
    }

    public ResponseEnvelope withMessage(String newMessage) {
        return new ResponseEnvelope(httpStatus, code, newMessage, requestId, data);
    }

    public TikTokApiException toException() {
        return TikTokErrorClassifier.classify(httpStatus, code, message, requestId);
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
