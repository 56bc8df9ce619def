package io.suitetok.netsuite.rest;

import io.suitetok.model.Required;
import io.suitetok.netsuite.config.ConcurrencyPolicy;
import io.suitetok.netsuite.config.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * How the SuiteTalk REST adapter reaches an account with OAuth 2.0 client credentials (machine to
 * machine): the integration record's client id, the id NetSuite gave the uploaded certificate, and
 * that certificate's private key (PKCS#8 PEM, from a secret).
 *
 * @param accountId      the account as in SOAP ({@code 1234567_SB1}); hosts use {@code 1234567-sb1}
 * @param baseOverride   a simulator or proxy ({@code http://host:port/services/rest}); else the account's domain
 * @param renewBefore    a cached token is renewed this long before it expires
 * @param readPageSize   records per page of the paged reads (items, fulfilments, pricing), 5 to 1,000 as
 *                       the SOAP adapter's {@code searchPageSize}; 1,000 unless set
 */
public record RestConfig(String accountId, String clientId, String certificateId, String privateKeyPem,
                         URI baseOverride, ConcurrencyPolicy concurrency, RetryPolicy retry, Duration connectTimeout,
                         Duration requestTimeout, Duration renewBefore, int readPageSize) {

    public RestConfig {
        Required.present("accountId", accountId, "clientId", clientId, "certificateId", certificateId,
                "privateKeyPem", privateKeyPem, "concurrency", concurrency, "retry", retry,
                "connectTimeout", connectTimeout, "requestTimeout", requestTimeout, "renewBefore", renewBefore);
        if (readPageSize < 5 || readPageSize > 1000) {
            throw new IllegalArgumentException("readPageSize must be between 5 and 1000");
        }
    }

    public RestConfig(String accountId, String clientId, String certificateId, String privateKeyPem,
                      URI baseOverride, ConcurrencyPolicy concurrency, RetryPolicy retry, Duration connectTimeout,
                      Duration requestTimeout, Duration renewBefore) {
        this(accountId, clientId, certificateId, privateKeyPem, baseOverride, concurrency, retry, connectTimeout,
                requestTimeout, renewBefore, 1000);
    }

    public static RestConfig of(String accountId, String clientId, String certificateId, String privateKeyPem) {
        return new RestConfig(accountId, clientId, certificateId, privateKeyPem, null, ConcurrencyPolicy.ofShare(2),
                RetryPolicy.defaults(), Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofMinutes(5));
    }

    public RestConfig withBase(URI base) {
        return new RestConfig(accountId, clientId, certificateId, privateKeyPem, base, concurrency, retry,
                connectTimeout, requestTimeout, renewBefore, readPageSize);
    }

    public RestConfig withConcurrency(ConcurrencyPolicy policy) {
        return new RestConfig(accountId, clientId, certificateId, privateKeyPem, baseOverride, policy, retry,
                connectTimeout, requestTimeout, renewBefore, readPageSize);
    }

    public RestConfig withRetry(RetryPolicy policy) {
        return new RestConfig(accountId, clientId, certificateId, privateKeyPem, baseOverride, concurrency, policy,
                connectTimeout, requestTimeout, renewBefore, readPageSize);
    }

    public RestConfig withReadPageSize(int pageSize) {
        return new RestConfig(accountId, clientId, certificateId, privateKeyPem, baseOverride, concurrency, retry,
                connectTimeout, requestTimeout, renewBefore, pageSize);
    }

    /** {@code https://1234567-sb1.suitetalk.api.netsuite.com/services/rest}, or the override. */
    public URI base() {
        if (baseOverride != null) {
            return baseOverride;
        }
        String host = accountId.replace('_', '-').toLowerCase(Locale.ROOT);
        return URI.create("https://" + host + ".suitetalk.api.netsuite.com/services/rest");
    }

    /** The token endpoint; a client assertion's {@code aud} is exactly this URL. */
    public URI tokenEndpoint() {
        return URI.create(base() + "/auth/oauth2/v1/token");
    }

    @Override
    public String toString() {
        return "RestConfig[accountId=" + accountId + ", clientId=" + clientId + ", certificateId=" + certificateId
                + ", privateKeyPem=****, base=" + base() + ", concurrency=" + concurrency + ", retry=" + retry + "]";
    }
}
