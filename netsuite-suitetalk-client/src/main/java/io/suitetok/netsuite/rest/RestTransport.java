package io.suitetok.netsuite.rest;

import io.micrometer.observation.ObservationRegistry;
import io.suitetok.netsuite.fault.FaultClass;
import io.suitetok.netsuite.fault.FaultClassifier;
import io.suitetok.netsuite.fault.SuiteTalkException;
import io.suitetok.netsuite.fault.SuiteTalkFault;
import io.suitetok.netsuite.governance.AdaptiveConcurrencyLimit;
import io.suitetok.netsuite.governance.GovernedCalls;
import io.suitetok.netsuite.governance.GovernedCalls.AfterFault;
import io.suitetok.netsuite.governance.GovernedCalls.Decision;
import io.suitetok.netsuite.governance.GovernedCalls.FailedAttempt;
import io.suitetok.netsuite.metrics.SuiteTalkMetrics;
import java.io.IOException;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one REST call the way the SOAP client runs an operation, through the same {@link GovernedCalls}
 * (a slot of the process's concurrency share, the fault classes of {@link FaultClassifier}, jittered
 * retries and the {@code netsuite.suitetalk.*} meters), with a bearer token on each try. HTTP 429 is
 * the concurrency limit ({@code THROTTLED}, lowers the share), 5xx and network failures are transient,
 * 401 renews the token once and then is {@code AUTHENTICATION}. A 400 or 404 is NetSuite refusing the record: it is answered, not thrown, for the caller to put in the record's
 * outcome. Every request this adapter sends is idempotent (PUT by external id, GET, SuiteQL, and a POST
 * that carries an external id, whose repeat NetSuite refuses as a duplicate), so a lost answer is
 * settled by sending it again.
 */
final class RestTransport {

    static final MediaType JSON_TYPE = MediaType.get("application/json");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final OkHttpClient http;
    private final OAuthTokenSource tokens;
    private final FaultClassifier classifier = new FaultClassifier();
    private final GovernedCalls governed;
    private final String base;

    RestTransport(RestConfig config, OkHttpClient http, OAuthTokenSource tokens, AdaptiveConcurrencyLimit limit,
                  SuiteTalkMetrics metrics, ObservationRegistry observations) {
        this.http = http;
        this.tokens = tokens;
        this.governed = new GovernedCalls(limit, config.retry(), config.concurrency().permitTimeout(), metrics,
                observations, "check the client id, certificate id and key, and the role");
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
        TokenRenewal renewal = new TokenRenewal();
        return governed.call(operation, () -> {
            String bearer = null;
            try {
                bearer = tokens.token();
                renewal.sentWith = bearer;
                try (Response response = http.newCall(request.get().header("Authorization", "Bearer " + bearer)
                        .header("Accept", "application/json").build()).execute()) {
                    RestAnswer answer = new RestAnswer(response.code(), response.header("Location"),
                            body(response));
                    if (answer.successful() || answer.status() == 400 || answer.status() == 404) {
                        return answer;
                    }
                    throw new FailedAttempt(fault(answer), null);
                }
            } catch (SuiteTalkException e) {
                // the token endpoint failed; its fault decides as any other
                throw new FailedAttempt(e.fault(), e);
            } catch (IOException e) {
                throw new FailedAttempt(new SuiteTalkFault("HUB_IO_ERROR", e.getClass().getSimpleName() + ": "
                        + e.getMessage(), FaultClass.RETRY, true), e);
            }
        }, RestAnswer::successful, renewal);
    }

    /**
     * An expired or revoked token (401 from the API, not from the token endpoint): a new one is fetched and
     * the request sent once more, uncounted, before it is called an authentication fault. One per call.
     */
    private final class TokenRenewal implements AfterFault {

        private String sentWith;
        private boolean renewed;

        @Override
        public Decision after(FailedAttempt failed) {
            if (failed.fault().code().equals("INVALID_LOGIN") && failed.failure() == null && !renewed) {
                tokens.invalidate(sentWith);
                renewed = true;
                return Decision.AGAIN_NOW;
            }
            return Decision.BY_FAULT_CLASS;
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
}
