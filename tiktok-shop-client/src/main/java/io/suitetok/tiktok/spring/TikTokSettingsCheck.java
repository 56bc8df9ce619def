package io.suitetok.tiktok.spring;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * Refuses to start a service whose {@code hub.tiktok.*} settings are missing or malformed, with a
 * message naming the property. It checks in code, after binding, instead of with bean validation:
 * Boot's report of a failed bind quotes the offending value, and for the app secret that value is the
 * secret. No message here quotes a value at all, since a secret pasted into the wrong property would
 * be quoted just the same.
 */
final class TikTokSettingsCheck {

    private TikTokSettingsCheck() {
    }

    static TikTokProperties requireValid(TikTokProperties settings) {
        requireText("hub.tiktok.app-key", settings.appKey());
        requireSecret("hub.tiktok.app-secret", settings.appSecret());
        requireHttpUrl("hub.tiktok.api-base-url", settings.apiBaseUrl());
        requireHttpUrl("hub.tiktok.auth-base-url", settings.authBaseUrl());
        List<TikTokProperties.Shop> shops = settings.shops();
        for (int i = 0; i < shops.size(); i++) {
            TikTokProperties.Shop shop = shops.get(i);
            requireText("hub.tiktok.shops[" + i + "].id", shop.id());
            requireText("hub.tiktok.shops[" + i + "].cipher", shop.cipher());
            if (shop.authCode() != null && !shop.authCode().isEmpty()) {
                requireSecret("hub.tiktok.shops[" + i + "].auth-code", shop.authCode());
            }
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

    private static void requireHttpUrl(String property, String value) {
        requireText(property, value);
        try {
            URI uri = new URI(value);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!http || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawUserInfo() != null) {
                throw new URISyntaxException(property, "not a plain http(s) base URL");
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(property + " must be an absolute http(s) URL with a host and no query "
                    + "or user info, such as https://open-api.tiktokglobalshop.com");
        }
    }
}
