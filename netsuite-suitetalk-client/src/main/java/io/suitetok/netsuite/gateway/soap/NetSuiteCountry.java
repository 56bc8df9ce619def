package io.suitetok.netsuite.gateway.soap;

import java.util.Locale;

/**
 * ISO 3166 alpha-2 to NetSuite's {@code Country} enumeration, whose values are the English country
 * name in lower camel case after an underscore ({@code US} is {@code _unitedStates}). A handful of
 * NetSuite values deviate from that rule; they are not needed for the shops the hub serves yet.
 */
final class NetSuiteCountry {

    private NetSuiteCountry() {
    }

    static String fromIso(String isoCode) {
        if (isoCode == null || isoCode.isBlank()) {
            return null;
        }
        String name = new Locale("", isoCode.trim().toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        StringBuilder camel = new StringBuilder("_");
        boolean upperNext = false;
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upperNext = camel.length() > 1;
                continue;
            }
            camel.append(camel.length() == 1 ? Character.toLowerCase(c)
                    : upperNext ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upperNext = false;
        }
        return camel.toString();
    }
}
