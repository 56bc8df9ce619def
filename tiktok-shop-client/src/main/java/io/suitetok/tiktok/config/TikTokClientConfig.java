package io.suitetok.tiktok.config;

import io.suitetok.model.Required;
import java.time.Duration;
import java.util.Map;

/**
 * Everything the client needs to reach TikTok Shop. The defaults point at the real hosts; the
 * simulator (or WireMock) is reached by changing the two base URLs only.
 *
 * @param defaultQps         calls per second per shop and endpoint when {@code qpsPerEndpoint} has none
 * @param qpsPerEndpoint     endpoint name (see {@code TikTokEndpoints}) to calls per second
 * @param rateLimitWait      how long a caller may wait for a rate-limit permit before failing
 * @param maxAttempts        attempts per call for retryable failures (429, 5xx, timeouts)
 * @param retryBaseDelay     first backoff; doubles each attempt, plus up to 50% jitter
 * @param retryMaxDelay      backoff cap
 * @param tokenRefreshMargin refresh the access token when it expires sooner than this
 */
public record TikTokClientConfig(
        String appKey,
        String appSecret,
        String apiBaseUrl,
        String authBaseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        int defaultQps,
        Map<String, Integer> qpsPerEndpoint,
        Duration rateLimitWait,
        int maxAttempts,
        Duration retryBaseDelay,
        Duration retryMaxDelay,
        Duration tokenRefreshMargin) {

    public static final String PRODUCTION_API = "https://open-api.tiktokglobalshop.com";
    public static final String PRODUCTION_AUTH = "https://auth.tiktok-shops.com";

    public TikTokClientConfig {
        Required.present("appKey", appKey, "appSecret", appSecret, "apiBaseUrl", apiBaseUrl,
                "authBaseUrl", authBaseUrl);
        qpsPerEndpoint = Map.copyOf(qpsPerEndpoint == null ? Map.of() : qpsPerEndpoint);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** Production hosts with conservative defaults; TikTok's real QPS is dynamic per app and shop. */
    public static TikTokClientConfig production(String appKey, String appSecret) {
        return new TikTokClientConfig(appKey, appSecret, PRODUCTION_API, PRODUCTION_AUTH, Duration.ofSeconds(5),
                Duration.ofSeconds(20), 10, Map.of(), Duration.ofSeconds(30), 5, Duration.ofSeconds(1),
                Duration.ofSeconds(60), Duration.ofHours(1));
    }

    public TikTokClientConfig withBaseUrls(String api, String auth) {
        return new TikTokClientConfig(appKey, appSecret, api, auth, connectTimeout, readTimeout, defaultQps,
                qpsPerEndpoint, rateLimitWait, maxAttempts, retryBaseDelay, retryMaxDelay, tokenRefreshMargin);
    }

    public TikTokClientConfig withRetry(int attempts, Duration baseDelay, Duration maxDelay) {
        return new TikTokClientConfig(appKey, appSecret, apiBaseUrl, authBaseUrl, connectTimeout, readTimeout,
                defaultQps, qpsPerEndpoint, rateLimitWait, attempts, baseDelay, maxDelay, tokenRefreshMargin);
    }

    public TikTokClientConfig withRateLimits(int defaultCallsPerSecond, Map<String, Integer> perEndpoint) {
        return new TikTokClientConfig(appKey, appSecret, apiBaseUrl, authBaseUrl, connectTimeout, readTimeout,
                defaultCallsPerSecond, perEndpoint, rateLimitWait, maxAttempts, retryBaseDelay, retryMaxDelay,
                tokenRefreshMargin);
    }

    public int qpsFor(String endpointName) {
        return qpsPerEndpoint.getOrDefault(endpointName, defaultQps);
    }

    /** The secret never reaches a log line. */
    @Override
    public String toString() {
        return "TikTokClientConfig[appKey=" + appKey + ", appSecret=***, apiBaseUrl=" + apiBaseUrl + ", authBaseUrl="
                + authBaseUrl + ", defaultQps=" + defaultQps + ", maxAttempts=" + maxAttempts + "]";
    }
}
