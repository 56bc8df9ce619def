package io.suitetok.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A TikTok product id; webhooks sometimes carry it as a JSON number, it is still text here. */
public record TikTokProductId(@JsonValue String value) {

    public TikTokProductId {
        value = IdText.require(value, "TikTok product id");
    }

    /** Accepts a JSON string or a JSON integer (some TikTok webhook samples send numbers). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static TikTokProductId fromJson(Object raw) {
        return new TikTokProductId(IdText.fromJson(raw));
    }

    @Override
    public String toString() {
        return value;
    }
}
