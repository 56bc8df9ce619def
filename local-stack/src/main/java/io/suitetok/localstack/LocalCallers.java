package io.suitetok.localstack;

import java.util.Map;

/**
 * The local stack's callers: one static bearer token per role ({@code hub.security.mode=tokens}).
 * They are printed for curl, which is why they may only ever serve this local stack; a deployment
 * takes JWTs from its identity provider, or tokens of its own from a secret.
 */
final class LocalCallers {

    static final String VIEWER_TOKEN = "local-viewer-3c1f0e9a7b52d468";
    static final String OPS_TOKEN = "local-ops-8e2b7d4a1c6f9035";
    static final String FINANCE_TOKEN = "local-finance-5a9d3f7c2e1b0846";

    private LocalCallers() {
    }

    static Map<String, String> tokensByRole() {
        return Map.of("viewer", VIEWER_TOKEN, "ops", OPS_TOKEN, "finance", FINANCE_TOKEN);
    }

    /** The settings every service of the stack gets. */
    static void configure(Map<String, String> settings) {
        settings.put("hub.security.mode", "tokens");
        tokensByRole().forEach((role, token) -> {
            settings.put("hub.security.tokens.local-" + role + ".token", token);
            settings.put("hub.security.tokens.local-" + role + ".roles", role);
        });
    }
}
