package io.suitetok.netsuite.config;

import java.net.URI;
import java.util.Locale;

/**
 * The account-specific SuiteTalk address. The address inside NetSuite's WSDL
 * ({@code webservices.netsuite.com}) stopped serving requests around 2020_1; every call must go to
 * {@code <account>.suitetalk.api.netsuite.com}, where the account id is written with a dash and in
 * lower case ({@code 1234567-sb1}), unlike in the token passport ({@code 1234567_SB1}).
 */
public final class SuiteTalkEndpoint {

    public static final String SERVICE_PATH = "/services/NetSuitePort_2025_2";

    private SuiteTalkEndpoint() {
    }

    public static URI forAccount(String passportAccountId) {
        return URI.create("https://" + hostLabel(passportAccountId) + ".suitetalk.api.netsuite.com" + SERVICE_PATH);
    }

    static String hostLabel(String passportAccountId) {
        return passportAccountId.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
