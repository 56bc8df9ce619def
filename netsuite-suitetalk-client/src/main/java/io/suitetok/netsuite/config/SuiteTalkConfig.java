package io.suitetok.netsuite.config;

import io.suitetok.model.Required;
import java.net.URI;
import java.time.Duration;

/**
 * Everything the SuiteTalk client needs for one account.
 *
 * @param credentials        TBA credentials (masked in {@link #toString()})
 * @param endpointOverride   where to send requests instead of the account-specific domain (a simulator,
 *                           a proxy); {@code null} means {@link SuiteTalkEndpoint#forAccount(String)}
 * @param concurrency        this service's share of the account concurrency limit
 * @param retry              retries of one call
 * @param connectTimeout     TCP connect timeout
 * @param requestTimeout     read timeout of one request; a write that times out may still commit, and
 *                           is resolved by external id rather than sent blindly again
 * @param searchPageSize     {@code searchPreferences.pageSize} (NetSuite allows 5 to 1,000)
 */
public record SuiteTalkConfig(TbaCredentials credentials, URI endpointOverride, ConcurrencyPolicy concurrency,
                              RetryPolicy retry, Duration connectTimeout, Duration requestTimeout,
                              int searchPageSize) {

    public SuiteTalkConfig {
        Required.present("credentials", credentials, "concurrency", concurrency, "retry", retry,
                "connectTimeout", connectTimeout, "requestTimeout", requestTimeout);
        if (searchPageSize < 5 || searchPageSize > 1000) {
            throw new IllegalArgumentException("searchPageSize must be between 5 and 1000");
        }
    }

    /** Production defaults: account-specific endpoint, a share of 2, 10 s connect, 5 min read. */
    public static SuiteTalkConfig of(TbaCredentials credentials) {
        return new SuiteTalkConfig(credentials, null, ConcurrencyPolicy.ofShare(2), RetryPolicy.defaults(),
                Duration.ofSeconds(10), Duration.ofMinutes(5), 200);
    }

    public URI endpoint() {
        return endpointOverride != null ? endpointOverride : SuiteTalkEndpoint.forAccount(credentials.accountId());
    }

    public SuiteTalkConfig withEndpoint(URI endpoint) {
        return new SuiteTalkConfig(credentials, endpoint, concurrency, retry, connectTimeout, requestTimeout,
                searchPageSize);
    }

    public SuiteTalkConfig withConcurrency(ConcurrencyPolicy policy) {
        return new SuiteTalkConfig(credentials, endpointOverride, policy, retry, connectTimeout, requestTimeout,
                searchPageSize);
    }

    public SuiteTalkConfig withRetry(RetryPolicy policy) {
        return new SuiteTalkConfig(credentials, endpointOverride, concurrency, policy, connectTimeout,
                requestTimeout, searchPageSize);
    }

    public SuiteTalkConfig withTimeouts(Duration connect, Duration request) {
        return new SuiteTalkConfig(credentials, endpointOverride, concurrency, retry, connect, request,
                searchPageSize);
    }

    public SuiteTalkConfig withSearchPageSize(int pageSize) {
        return new SuiteTalkConfig(credentials, endpointOverride, concurrency, retry, connectTimeout,
                requestTimeout, pageSize);
    }
}
