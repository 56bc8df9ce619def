package io.suitetok.netsuite.config;

/** Shows enough of a key to tell two apart in a log, never enough to use it. */
final class Masking {

    private Masking() {
    }

    static String mask(String key) {
        if (key == null || key.length() <= 8) {
            return "****";
        }
        return key.substring(0, 4) + "****";
    }
}
