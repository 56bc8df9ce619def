package io.suitetok.netsuite.spring;

import io.suitetok.netsuite.rest.ClientAssertionSigner;
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
        if (rest(settings)) {
            requireText("hub.netsuite.client-id", settings.clientId());
            requireText("hub.netsuite.certificate-id", settings.certificateId());
            requireText("hub.netsuite.private-key", settings.privateKey());
            try {
                ClientAssertionSigner.checkPrivateKey(settings.privateKey());
            } catch (IllegalArgumentException e) {
                // The message names the expected form only; the key itself is never quoted.
                throw new IllegalStateException("hub.netsuite.private-key is not usable: " + e.getMessage());
            }
        } else {
            requireText("hub.netsuite.consumer-key", settings.consumerKey());
            requireSecret("hub.netsuite.consumer-secret", settings.consumerSecret());
            requireSecret("hub.netsuite.token-id", settings.tokenId());
            requireSecret("hub.netsuite.token-secret", settings.tokenSecret());
        }
        if (settings.concurrencyShare() < 1) {
            throw new IllegalStateException("hub.netsuite.concurrency-share must be at least 1");
        }
        return settings;
    }

    /** {@code hub.netsuite.api}: soap (the default) or rest; anything else stops the start. */
    static boolean rest(NetSuiteProperties settings) {
        String api = settings.api() == null ? "soap" : settings.api().strip();
        if (!api.equals("soap") && !api.equals("rest")) {
            throw new IllegalStateException("hub.netsuite.api must be soap or rest");
        }
        return api.equals("rest");
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
