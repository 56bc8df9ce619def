package io.suitetok.netsuite.spring;

import java.util.regex.Pattern;

/**
 * Refuses to start a service whose {@code hub.netsuite.*} settings are missing or malformed, with a
 * message naming the property. It checks in code, after binding, instead of with bean validation:
 * Boot's report of a failed bind quotes the offending value, and for the consumer or token secret that
 * value is the secret. No message here quotes a value at all.
 */
final class NetSuiteSettingsCheck {

    /** NetSuite's passport form: upper case, an underscore before a sandbox suffix (1234567_SB1). */
    private static final Pattern PASSPORT_ACCOUNT = Pattern.compile("[A-Z0-9]+(_[A-Z0-9]+)?");

    private NetSuiteSettingsCheck() {
    }

    static NetSuiteProperties requireValid(NetSuiteProperties settings) {
        requireText("hub.netsuite.account-id", settings.accountId());
        if (!PASSPORT_ACCOUNT.matcher(settings.accountId()).matches()) {
            throw new IllegalStateException("hub.netsuite.account-id must be in NetSuite's passport form, such as "
                    + "1234567 or 1234567_SB1 (upper case, an underscore, not the hyphen of the account's URL)");
        }
        requireText("hub.netsuite.consumer-key", settings.consumerKey());
        requireSecret("hub.netsuite.consumer-secret", settings.consumerSecret());
        requireSecret("hub.netsuite.token-id", settings.tokenId());
        requireSecret("hub.netsuite.token-secret", settings.tokenSecret());
        if (settings.concurrencyShare() < 1) {
            throw new IllegalStateException("hub.netsuite.concurrency-share must be at least 1");
        }
        return settings;
    }

    private static void requireText(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is required but not set");
        }
    }

    /** A secret read from a file often keeps its trailing newline, and then every signature is wrong. */
    private static void requireSecret(String property, String value) {
        requireText(property, value);
        if (!value.strip().equals(value)) {
            throw new IllegalStateException(property + " starts or ends with whitespace (a newline from a secret "
                    + "file?); set it without");
        }
    }
}
