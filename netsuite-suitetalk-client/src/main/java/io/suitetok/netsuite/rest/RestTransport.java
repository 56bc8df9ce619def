package io.suitetok.netsuite.rest;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.FaultClassifier;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.fault.SuiteTalkFault;
import io.suitetok.netsuite.governance.AdaptiveConcurrencyLimit;
import io.suitetok.netsuite.governance.JitteredBackoff;
import io.suitetok.netsuite.governance.Permit;
import io.suitetok.netsuite.governance.PermitTimeoutException;
import io.suitetok.netsuite.metrics.SuiteTalkMetrics;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one REST call the way the SOAP client runs an operation, with the same shared pieces: a slot of
 * the process's concurrency share ({@link AdaptiveConcurrencyLimit}), a bearer token, the request, the
 * fault classes of {@link FaultClassifier}, jittered retries and the {@code netsuite.suitetalk.*}
 * meters. HTTP 429 is the concurrency limit ({@code THROTTLED}, lowers the share), 5xx and network
 * failures are transient, 401 renews the token once and then is {@code AUTHENTICATION}. A 400 or 404
 * is NetSuite refusing the record: it is answered, not thrown, for the caller to put in the record's
 * outcome. Every request this adapter sends is idempotent (PUT by external id, GET, SuiteQL, and a POST
 * that carries an external id, whose repeat NetSuite refuses as a duplicate), so a lost answer is
 * settled by sending it again.
 */
final class RestTransport {

    static final MediaType JSON_TYPE = MediaType.get("application/json");
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(RestTransport.class);

    private final OkHttpClient http;
    private final OAuthTokenSource tokens;
    private final AdaptiveConcurrencyLimit limit;
    private final FaultClassifier classifier = new FaultClassifier();
    private final JitteredBackoff backoff;
    private final SuiteTalkMetrics metrics;
    private final ObservationRegistry observations;
    private final int maxAttempts;
    private final Duration permitTimeout;
    private final String base;

    RestTransport(RestConfig config, OkHttpClient http, OAuthTokenSource tokens, AdaptiveConcurrencyLimit limit,
                  SuiteTalkMetrics metrics, ObservationRegistry observations) {
        this.http = http;
        this.tokens = tokens;
        this.limit = limit;
        this.backoff = new JitteredBackoff(config.retry());
        this.metrics = metrics;
        this.observations = observations;
        this.maxAttempts = config.retry().maxAttempts();
        this.permitTimeout = config.concurrency().permitTimeout();
        this.base = config.base().toString();
    }

    RestAnswer put(String operation, String path, Object body) {
        byte[] json = JSON.writeValueAsBytes(body);
        return call(operation, () -> new Request.Builder().url(base + path).put(RequestBody.create(json, JSON_TYPE)));
    }

    /**
     * A create or a transform. Not idempotent by itself: the caller sends an external id in the body,
     * so a repeat after a lost answer is refused as a duplicate and settled by reading the record.
     */
    RestAnswer post(String operation, String path, Object body) {
        byte[] json = JSON.writeValueAsBytes(body);
        return call(operation, () -> new Request.Builder().url(base + path).post(RequestBody.create(json, JSON_TYPE)));
    }

    RestAnswer get(String operation, String path) {
        return call(operation, () -> new Request.Builder().url(base + path).get());
    }

    /** One SuiteQL page; {@code Prefer: transient} as NetSuite requires. */
    RestAnswer suiteQl(String operation, String q, int limitRows, int offset) {
        byte[] json = JSON.writeValueAsBytes(java.util.Map.of("q", q));
        return call(operation, () -> new Request.Builder()
                .url(base + "/query/v1/suiteql?limit=" + limitRows + "&offset=" + offset)
                .header("Prefer", "transient")
                .post(RequestBody.create(json, JSON_TYPE)));
    }

    private RestAnswer call(String operation, Supplier<Request.Builder> request) {
        return Observation.createNotStarted("netsuite.call", observations)
                .contextualName("netsuite " + operation)
                .lowCardinalityKeyValue("operation", operation)
                .observe(() -> callWithRetries(operation, request));
    }

    private RestAnswer callWithRetries(String operation, Supplier<Request.Builder> request) {
        int attempt = 0;
        boolean renewedToken = false;
        while (true) {
            attempt++;
            SuiteTalkFault fault = null;
            Exception failure = null;
            Permit permit = acquire(operation, attempt);
            long started = System.nanoTime();
            String bearer = null;
            try {
                bearer = tokens.token();
                try (Response response = http.newCall(request.get().header("Authorization", "Bearer " + bearer)
                        .header("Accept", "application/json").build()).execute()) {
                    RestAnswer answer = new RestAnswer(response.code(), response.header("Location"),
                            body(response));
                    if (answer.successful() || answer.status() == 400 || answer.status() == 404) {
                        metrics.request(operation, System.nanoTime() - started, answer.successful());
                        return answer;
                    }
                    fault = fault(answer);
                }
            } catch (SuiteTalkException e) {
                // the token endpoint failed; its fault decides as any other
                failure = e;
                fault = e.fault();
            } catch (IOException e) {
                failure = e;
                fault = new SuiteTalkFault("HUB_IO_ERROR", e.getClass().getSimpleName() + ": " + e.getMessage(),
                        FaultClass.RETRY, true);
            } finally {
                // Lowered while the permit is still held, as the SOAP calls do: once released, a quiet-period
                // raise could move the generation on and the refusal would be ignored.
                if (fault != null && fault.throttled()) {
                    limit.throttled(permit);
                }
                limit.release(permit);
            }
            metrics.request(operation, System.nanoTime() - started, false);
            metrics.fault(operation, fault);
            boolean retryWithNewToken = fault.code().equals("INVALID_LOGIN") && failure == null && !renewedToken;
            if (retryWithNewToken) {
                // An expired or revoked token: fetch a new one and send once more before calling it an auth fault.
                tokens.invalidate(bearer);
                renewedToken = true;
                attempt--;
                continue;
            }
            if (fault.faultClass() == FaultClass.AUTHENTICATION) {
                log.error("NetSuite refused the integration on {}: {} {} (check the client id, certificate id and key,"
                        + " and the role; records wait and are sent again on a later run)", operation, fault.code(),
                        fault.message());
            }
            if (!fault.faultClass().retryNow() || attempt >= maxAttempts) {
                throw new SuiteTalkException(operation, fault, attempt, failure);
            }
            metrics.retry(operation, fault);
            sleep(operation, fault, attempt);
        }
    }

    private SuiteTalkFault fault(RestAnswer answer) {
        int status = answer.status();
        if (status == 429) {
            return new SuiteTalkFault(answer.errorCode(), answer.errorDetail(), FaultClass.THROTTLED, false);
        }
        if (status == 401 || status == 403) {
            String code = status == 401 ? "INVALID_LOGIN" : answer.errorCode();
            return new SuiteTalkFault(code, answer.errorDetail(), FaultClass.AUTHENTICATION, false);
        }
        if (status >= 500) {
            return new SuiteTalkFault(answer.errorCode(), answer.errorDetail(), FaultClass.RETRY, true);
        }
        return new SuiteTalkFault(answer.errorCode(), answer.errorDetail(),
                classifier.classifyCode(answer.errorCode(), answer.errorDetail()), false);
    }

    private static JsonNode body(Response response) throws IOException {
        String text = response.body().string();
        if (text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (RuntimeException e) {
            // An HTML page from a proxy or a maintenance window: no NetSuite code to read.
            return null;
        }
    }

    private Permit acquire(String operation, int attempt) {
        try {
            return limit.acquire(permitTimeout);
        } catch (PermitTimeoutException e) {
            throw new SuiteTalkException(operation,
                    new SuiteTalkFault(SuiteTalkFault.PERMIT_TIMEOUT, e.getMessage(), FaultClass.RETRY, false),
                    attempt - 1, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteTalkException(operation, new SuiteTalkFault("HUB_INTERRUPTED",
                    "interrupted while waiting for a permit", FaultClass.RETRY, false), attempt - 1, e);
        }
    }

    private void sleep(String operation, SuiteTalkFault fault, int attempt) {
        try {
            Thread.sleep(backoff.delayAfter(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteTalkException(operation, fault, attempt, e);
        }
    }
}
