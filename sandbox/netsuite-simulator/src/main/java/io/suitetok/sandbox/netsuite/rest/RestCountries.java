package io.suitetok.sandbox.netsuite.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * REST names a country by its ISO code; the account keeps NetSuite's enumeration value (what SOAP
 * reads). The table is the schema fact the WSDL subset ships with (ISO code to Country value).
 */
final class RestCountries {

    private static final Properties BY_ISO = load();

    private RestCountries() {
    }

    static String toAccountValue(String isoCode) {
        String value = BY_ISO.getProperty(isoCode);
        if (value == null) {
            throw new IllegalArgumentException("Invalid value for country: " + isoCode + ".");
        }
        return value;
    }

    private static Properties load() {
        Properties table = new Properties();
        try (InputStream in = RestCountries.class.getResourceAsStream(
                "/io/suitetok/netsuite/gateway/soap/netsuite-countries.properties")) {
            if (in == null) {
                throw new IllegalStateException("netsuite-countries.properties is missing from the classpath");
            }
            table.load(in);
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
