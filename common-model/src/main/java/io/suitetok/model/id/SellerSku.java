package io.suitetok.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The seller SKU: the NetSuite item id, the one key every flow shares. */
public record SellerSku(@JsonValue String value) {

    public SellerSku {
        value = IdText.require(value, "seller SKU");
    }

    /** Accepts a JSON string or a JSON integer (some TikTok webhook samples send numbers). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static SellerSku fromJson(Object raw) {
        return new SellerSku(IdText.fromJson(raw));
    }

    @Override
    public String toString() {
        return value;
    }
}
