package io.suitetok.netsuite.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * NetSuite's {@code Language} values ({@code _englishUK}) and the hub's locale tags ({@code en_GB}), from
 * the explicit table {@code netsuite-languages.properties}. A translation's {@code locale} is one of
 * NetSuite's values, never a locale tag: read as a tag, real accounts' copy matched no shop language.
 */
public final class NetSuiteLanguage {

    private static final Map<String, String> TAG_BY_VALUE = new HashMap<>();
    private static final Map<String, String> VALUE_BY_TAG = new HashMap<>();

    static {
        Properties table = new Properties();
        try (InputStream in = NetSuiteLanguage.class.getResourceAsStream("netsuite-languages.properties")) {
            if (in == null) {
                throw new IllegalStateException("netsuite-languages.properties is missing from the classpath");
            }
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        table.forEach((value, tag) -> {
            TAG_BY_VALUE.put((String) value, (String) tag);
            VALUE_BY_TAG.put((String) tag, (String) value);
        });
    }

    private NetSuiteLanguage() {
    }

    /** The hub's tag for NetSuite's value: {@code _englishUK} is {@code en_GB}. */
    public static Optional<String> localeTag(String netSuiteValue) {
        return Optional.ofNullable(netSuiteValue).map(TAG_BY_VALUE::get);
    }

    /** NetSuite's value for the hub's tag: {@code en_GB} is {@code _englishUK}. */
    public static Optional<String> netSuiteValue(String localeTag) {
        return Optional.ofNullable(localeTag).map(VALUE_BY_TAG::get);
    }

    public static Map<String, String> table() {
        return Map.copyOf(TAG_BY_VALUE);
    }
}
