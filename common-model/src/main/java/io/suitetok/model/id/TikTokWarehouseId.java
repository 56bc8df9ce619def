package io.suitetok.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A TikTok warehouse id, the target of stock updates. */
public record TikTokWarehouseId(@JsonValue String value) {

    public TikTokWarehouseId {
        value = IdText.require(value, "TikTok warehouse id");
    }

    /** Accepts a JSON string or a JSON integer (some TikTok webhook samples send numbers). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static TikTokWarehouseId fromJson(Object raw) {
        return new TikTokWarehouseId(IdText.fromJson(raw));
    }

    @Override
    public String toString() {
        return value;
    }
}
