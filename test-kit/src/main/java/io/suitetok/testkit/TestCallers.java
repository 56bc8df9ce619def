package io.suitetok.testkit;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The static bearer tokens every test service accepts ({@code hub.security.mode=tokens}), one caller
 * per role, so a test calls an endpoint the way an operator would.
 */
public final class TestCallers {

    public static final String VIEWER_TOKEN = "test-viewer-token-7f3a9c1e5b2d";
    public static final String OPS_TOKEN = "test-ops-token-4e8b2a6d0c9f13";
    public static final String FINANCE_TOKEN = "test-finance-token-9d1c7e3b5a20";

    private TestCallers() {
    }

    /** The token of the caller holding {@code role} (viewer, ops, finance). */
    public static String tokenOf(String role) {
        return switch (role) {
            case "viewer" -> VIEWER_TOKEN;
            case "ops" -> OPS_TOKEN;
            case "finance" -> FINANCE_TOKEN;
            default -> throw new IllegalArgumentException("no test caller has role " + role);
        };
    }

    /** Adds the caller's header to a request. */
    public static HttpRequest.Builder as(String role, HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + tokenOf(role));
    }

    static Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("hub.security.mode", "tokens");
        for (String role : new String[] {"viewer", "ops", "finance"}) {
            properties.put("hub.security.tokens.test-" + role + ".token", tokenOf(role));
            properties.put("hub.security.tokens.test-" + role + ".roles", role);
        }
        return properties;
    }
}
