package io.suitetok.sandbox.tiktok.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads {@code {name}} segments of an endpoint's path template out of a concrete path. */
public final class PathParams {

    private PathParams() {
    }

    public static Map<String, String> extract(String template, String path) {
        String[] names = template.split("/");
        String[] values = path.split("/");
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < names.length && i < values.length; i++) {
            if (names[i].startsWith("{") && names[i].endsWith("}")) {
                params.put(names[i].substring(1, names[i].length() - 1), values[i]);
            }
        }
        return params;
    }
}
