package io.suitetok.netsuite.gateway.soap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * ISO 3166 alpha-2 to NetSuite's {@code Country} enumeration, from an explicit table
 * ({@code netsuite-countries.properties}). Deriving the value from the English country name was wrong
 * for 49 codes (Vietnam is {@code _vietNam}, South Korea {@code _koreaTheRepublicOf}); NetSuite refuses
 * a value outside its list, so an unknown code gives no country rather than a guess.
 */
final class NetSuiteCountry {

    private static final Map<String, String> BY_ISO = load();

    private NetSuiteCountry() {
    }

    static String fromIso(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return null;
        }
        return BY_ISO.get(isoCode.trim().toUpperCase(Locale.ROOT));
    }

    static Map<String, String> table() {
        return BY_ISO;
    }

    private static Map<String, String> load() {
        Properties table = new Properties();
        try (InputStream in = NetSuiteCountry.class.getResourceAsStream("netsuite-countries.properties")) {
            if (in == null) {
                throw new IllegalStateException("netsuite-countries.properties is missing from the classpath");
            }
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> byIso = new TreeMap<>();
        table.forEach((iso, value) -> byIso.put((String) iso, (String) value));
        return Map.copyOf(byIso);
    }
}
