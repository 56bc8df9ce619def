package io.suitetok.sandbox.tiktok.protocol;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the raw query string itself instead of asking the servlet container: the container would
 * also read form bodies into "parameters", and the signature covers the query only, with values
 * decoded. A parameter sent twice is refused, since it is ambiguous which value was signed.
 */
public final class QueryString {

    private QueryString() {
    }

    public static Map<String, String> parse(String rawQuery) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Collections.unmodifiableMap(values);
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (values.putIfAbsent(key, value) != null) {
                throw TikTokError.invalidParameter("query parameter " + key + " is repeated");
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw TikTokError.invalidParameter("malformed query encoding");
        }
    }
}
