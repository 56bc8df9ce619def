package io.suitetok.tiktok.http;

/**
 * One TikTok endpoint with its pinned version in the path ({@code /order/202309/orders/search}).
 *
 * @param name       stable name for rate limits, metrics and logs
 * @param idempotent whether sending it twice is harmless (absolute stock and price updates, reads);
 *                   a non-idempotent call is not retried after a timeout, since it may have landed
 */
public record ApiEndpoint(String name, String method, String pathTemplate, ShopScope scope, boolean idempotent) {

    public String path(java.util.Map<String, String> pathParams) {
        String path = pathTemplate;
        for (var param : pathParams.entrySet()) {
            path = path.replace("{" + param.getKey() + "}", param.getValue());
        }
        if (path.contains("{")) {
            throw new IllegalArgumentException("unfilled path parameter in " + path);
        }
        return path;
    }

    /** Whether a concrete request path is an instance of this endpoint's template. */
    public boolean matches(String httpMethod, String path) {
        return method.equalsIgnoreCase(httpMethod) && path.matches(pathTemplate.replaceAll("\\{[^}]+}", "[^/]+"));
    }
}
