package io.suitetok.sandbox.tiktok.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** TikTok's response envelope; {@code data} is always present, an empty object on errors. */
@JsonPropertyOrder({"code", "message", "request_id", "data"})
public record Envelope(long code, String message, String requestId,
        @JsonInclude(JsonInclude.Include.ALWAYS) Object data) {

    public static Envelope success(String requestId, Object data) {
        return new Envelope(ErrorCodes.OK, "Success", requestId, data == null ? java.util.Map.of() : data);
    }

    public static Envelope failure(String requestId, TikTokError error) {
        return new Envelope(error.code(), error.getMessage(), requestId, java.util.Map.of());
    }
}
