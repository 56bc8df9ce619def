package io.suitetok.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A TikTok order id. 18 or more digits: beyond a double's exact range, so always text. */
public record TikTokOrderId(@JsonValue String value) {

    public TikTokOrderId {
        value = IdText.require(value, "TikTok order id");
    }

    /** Accepts a JSON string or a JSON integer (some TikTok webhook samples send numbers). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static TikTokOrderId fromJson(Object raw) {
        return new TikTokOrderId(IdText.fromJson(raw));
    }

    @Override
    public String toString() {
        return value;
    }
}
