package io.suitetok.netsuite.rest;

import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.fault.SuiteTalkFault;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens from NetSuite's OAuth 2.0 token endpoint, client credentials with a signed JWT
 * assertion. One token is shared by every request and renewed {@code renewBefore} its expiry (or at
 * once after NetSuite refuses it), so requests do not queue on the token endpoint.
 */
public final class OAuthTokenSource {

    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OkHttpClient http;
    private final ClientAssertionSigner signer;
    private final String tokenEndpoint;
    private final Duration renewBefore;
    private final Clock clock;

    private String token;
    private Instant renewAt = Instant.MIN;
    private long issued;

    public OAuthTokenSource(OkHttpClient http, RestConfig config, Clock clock) {
        this.http = http;
        this.signer = new ClientAssertionSigner(config, clock);
        this.tokenEndpoint = config.tokenEndpoint().toString();
        this.renewBefore = config.renewBefore();
        this.clock = clock;
    }

    /** A current access token, fetched when there is none or the cached one is due for renewal. */
    public synchronized String token() {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return token;
    }

    /** Drops the cached token (NetSuite answered 401 to it), so the next request fetches a new one. */
    public synchronized void invalidate(String refused) {
        if (refused != null && refused.equals(token)) {
            token = null;
        }
    }

    /** How many tokens this source has fetched (renewals included). */
    public synchronized long issued() {
        return issued;
    }

    private void fetch() {
        Request request = new Request.Builder().url(tokenEndpoint)
                .post(new FormBody.Builder()
                        .add("grant_type", "client_credentials")
                        .add("client_assertion_type", ASSERTION_TYPE)
                        .add("client_assertion", signer.newAssertion())
                        .build())
                .build();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            if (response.code() >= 500) {
                throw failure(new SuiteTalkFault("HUB_HTTP_" + response.code(), "token endpoint answered "
                        + response.code(), FaultClass.RETRY, false), null);
            }
            JsonNode answer = JSON.readTree(body);
            if (!response.isSuccessful() || !answer.hasNonNull("access_token")) {
                // invalid_grant: wrong client id, certificate id, key, audience or a revoked certificate.
                throw failure(new SuiteTalkFault("INVALID_LOGIN", "NetSuite refused the client assertion: "
                        + answer.path("error").asString("HTTP " + response.code()), FaultClass.AUTHENTICATION,
                        false), null);
            }
            Instant now = clock.instant();
            long expiresIn = Long.parseLong(answer.path("expires_in").asString("3600"));
            token = answer.get("access_token").asString();
            renewAt = now.plusSeconds(expiresIn).minus(renewBefore);
            issued++;
        } catch (IOException e) {
            throw failure(new SuiteTalkFault("HUB_IO_ERROR", "token endpoint: " + e.getMessage(), FaultClass.RETRY,
                    false), e);
        }
    }

    private static SuiteTalkException failure(SuiteTalkFault fault, Throwable cause) {
        return new SuiteTalkException("token", fault, 1, cause);
    }
}
