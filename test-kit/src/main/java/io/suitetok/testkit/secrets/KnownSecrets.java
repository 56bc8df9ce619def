package io.suitetok.testkit.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secret values a test configured or learned (tokens are minted by the simulator), and every
 * place one of them was found. A leak is reported by the secret's name and where it was seen, with
 * the value itself replaced, so the failure report is not a leak of its own.
 */
public final class KnownSecrets {

    /** Shorter values would match by accident (a four-digit secret is in every timestamp). */
    private static final int SHORTEST_SCANNABLE = 12;

    private final Map<String, String> valuesByName = new LinkedHashMap<>();
    private final List<String> leaks = Collections.synchronizedList(new ArrayList<>());

    public KnownSecrets add(String name, String value) {
        if (value == null || value.length() < SHORTEST_SCANNABLE) {
            throw new IllegalArgumentException(name + " is too short to scan for reliably; use a distinctive value");
        }
        valuesByName.put(name + (valuesByName.containsKey(name) ? "#" + valuesByName.size() : ""), value);
        return this;
    }

    public Map<String, String> values() {
        return Map.copyOf(valuesByName);
    }

    public void scan(String where, String text) {
        if (text == null) {
            return;
        }
        valuesByName.forEach((name, value) -> {
            int at = text.indexOf(value);
            if (at >= 0) {
                leaks.add(name + " in " + where + ": ..." + excerpt(text, at, value) + "...");
            }
        });
    }

    public void scan(String where, byte[] bytes) {
        if (bytes != null) {
            scan(where, new String(bytes, StandardCharsets.UTF_8));
        }
    }

    public List<String> leaks() {
        return List.copyOf(leaks);
    }

    /** Around the find, with every known secret replaced by its name. */
    private String excerpt(String text, int at, String value) {
        int from = Math.max(0, at - 80);
        int to = Math.min(text.length(), at + value.length() + 40);
        String excerpt = text.substring(from, to);
        for (Map.Entry<String, String> secret : valuesByName.entrySet()) {
            excerpt = excerpt.replace(secret.getValue(), "<" + secret.getKey() + ">");
        }
        return excerpt.replace('\n', ' ');
    }
}
