package io.suitetok.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A TikTok shop id (a 19-digit number on TikTok's side, kept as text). */
public record ShopId(@JsonValue String value) {

    public ShopId {
        value = IdText.require(value, "shop id");
    }

    /** Accepts a JSON string or a JSON integer (some TikTok webhook samples send numbers). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ShopId fromJson(Object raw) {
        return new ShopId(IdText.fromJson(raw));
    }

    @Override
    public String toString() {
        return value;
    }
}
