package io.suitetok.model.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A NetSuite record internalId (numeric in practice, text on the wire). */
public record NetSuiteInternalId(@JsonValue String value) {

    public NetSuiteInternalId {
        value = IdText.require(value, "NetSuite internal id");
    }

    /** Accepts a JSON string or a JSON integer (some TikTok webhook samples send numbers). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static NetSuiteInternalId fromJson(Object raw) {
        return new NetSuiteInternalId(IdText.fromJson(raw));
    }

    @Override
    public String toString() {
        return value;
    }
}
