package io.suitetok.sandbox.tiktok.protocol;

/**
 * One endpoint the simulator serves, as TikTok documents it: method, path with its pinned version,
 * and whether it takes {@code shop_cipher} (TikTok refuses the cipher where it is not expected).
 *
 * @param name a stable name for the call log, QPS limits and faults
 */
public record Endpoint(String name, String method, String pathTemplate, boolean shopScoped) {

    /** Whether a concrete request path is an instance of this endpoint's template. */
    public boolean matches(String httpMethod, String path) {
        return method.equalsIgnoreCase(httpMethod) && path.matches(pathTemplate.replaceAll("\\{[^}]+}", "[^/]+"));
    }
}
