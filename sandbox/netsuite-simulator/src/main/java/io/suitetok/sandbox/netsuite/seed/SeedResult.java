package io.suitetok.sandbox.netsuite.seed;

import java.util.Map;

/** The internal ids the seeded records got, by kind and then by name (item id, location name...). */
public record SeedResult(Map<String, Map<String, String>> internalIds) {

    public String id(String kind, String name) {
        Map<String, String> ids = internalIds.get(kind);
        if (ids == null || !ids.containsKey(name)) {
            throw new IllegalArgumentException("nothing seeded as " + kind + " " + name);
        }
        return ids.get(name);
    }
}
