package io.suitetok.model.id;

/** The one check every id type shares: present, trimmed, not blank. */
final class IdText {

    private IdText() {
    }

    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.trim();
    }

    /**
     * Jackson hands an integer over as Integer, Long or BigInteger, all exact; a fractional number
     * has already lost digits and cannot be an id.
     */
    static String fromJson(Object raw) {
        if (raw instanceof String text) {
            return text;
        }
        if (raw instanceof Integer || raw instanceof Long || raw instanceof java.math.BigInteger) {
            return raw.toString();
        }
        throw new IllegalArgumentException("an id must be a JSON string or integer, not " + raw);
    }
}
