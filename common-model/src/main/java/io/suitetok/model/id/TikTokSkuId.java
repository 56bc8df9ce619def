package io.suitetok.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A TikTok SKU id (one sellable variant of a TikTok product). */
public record TikTokSkuId(@JsonValue String value) {

    public TikTokSkuId {
        value = IdText.require(value, "TikTok SKU id");
    }

    /** Accepts a JSON string or a JSON integer (some TikTok webhook samples send numbers). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static TikTokSkuId fromJson(Object raw) {
        return new TikTokSkuId(IdText.fromJson(raw));
    }

    @Override
    public String toString() {
        return value;
    }
}
