package io.suitetok.tiktok.http;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.suitetok.tiktok.auth.AccessTokens;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.error.RateLimitedException;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.error.TikTokErrorCode;
import io.suitetok.tiktok.error.TokenExpiredException;
import io.suitetok.tiktok.json.TikTokJson;
import io.suitetok.tiktok.signing.RequestSigner;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Sends one signed call to TikTok Shop and returns its {@code data}. Around the wire it applies the
 * rules every call shares: a per-shop, per-endpoint rate limit; common parameters; the signature over
 * the exact bytes sent; one token refresh when TikTok says the token expired; and jittered retries
 * for throttling, server errors and timeouts only, never for a refused request.
 */
public class TikTokTransport {

    private static final Logger log = LoggerFactory.getLogger(TikTokTransport.class);
    private static final MediaType JSON = MediaType.get("application/json");

    private final TikTokClientConfig config;
    private final OkHttpClient http;
    private final AccessTokens tokens;
    private final Clock clock;
    private final MeterRegistry meters;
    private final TikTokCallMeters callMeters;
    private final ObservationRegistry observations;
    private final RateLimiterRegistry rateLimiters = RateLimiterRegistry.ofDefaults();

    public TikTokTransport(TikTokClientConfig config, OkHttpClient http, AccessTokens tokens, Clock clock,
            MeterRegistry meters) {
        this(config, http, tokens, clock, meters, ObservationRegistry.NOOP);
    }

    /** @param observations each call is one observation, a span named {@code tiktok <endpoint>} when traced */
    public TikTokTransport(TikTokClientConfig config, OkHttpClient http, AccessTokens tokens, Clock clock,
            MeterRegistry meters, ObservationRegistry observations) {
        this.config = config;
        this.http = http;
        this.tokens = tokens;
        this.clock = clock;
        this.meters = meters;
        this.callMeters = new TikTokCallMeters(meters);
        this.observations = observations;
    }

    public <T> T execute(ShopContext shop, ApiCall call, Class<T> dataType) {
        JsonNode data = execute(shop, call);
        return TikTokJson.mapper().treeToValue(data, dataType);
    }

    public JsonNode execute(ShopContext shop, ApiCall call) {
        // One span for the call with its retries, refresh and rate-limit waits: what the caller waited for.
        return Observation.createNotStarted("tiktok.call", observations)
                .contextualName("tiktok " + call.endpoint().name())
                .lowCardinalityKeyValue("endpoint", call.endpoint().name())
                .observe(() -> executeTimed(shop, call));
    }

    private JsonNode executeTimed(ShopContext shop, ApiCall call) {
        Timer.Sample timing = Timer.start(meters);
        String outcome = "error";
        try {
            JsonNode data = executeWithRetries(shop, call);
            outcome = "success";
            return data;
        } catch (TikTokApiException e) {
            outcome = String.valueOf(e.code());
            throw e;
        } finally {
            timing.stop(meters.timer("tiktok.api.requests", "endpoint", call.endpoint().name(), "outcome", outcome));
        }
    }

    private JsonNode executeWithRetries(ShopContext shop, ApiCall call) {
        String accessToken = tokens.accessTokenFor(shop.shopId());
        boolean refreshed = false;
        for (int attempt = 1; ; attempt++) {
            try {
                awaitPermit(shop, call.endpoint());
                return sendOnce(shop, call, accessToken);
            } catch (TokenExpiredException e) {
                if (refreshed) {
                    throw e;
                }
                accessToken = tokens.refreshAfterRejection(shop.shopId(), accessToken);
                refreshed = true;
                attempt--; // a refresh is not a failed attempt
            } catch (TikTokApiException e) {
                if (!e.isRetryable() || attempt >= config.maxAttempts()) {
                    throw e;
                }
                Duration atLeast = e instanceof RateLimitedException limited ? limited.retryAfter() : Duration.ZERO;
                pause(call, attempt, atLeast, e.getMessage());
            } catch (IOException e) {
                boolean neverSent = e instanceof ConnectException || e instanceof UnknownHostException;
                if (!(neverSent || call.endpoint().idempotent())) {
                    throw new TikTokTransportException(call.endpoint().name() + " got no answer and may have been "
                            + "applied; check TikTok before sending it again", e, true);
                }
                if (attempt >= config.maxAttempts()) {
                    throw new TikTokTransportException(call.endpoint().name() + " got no answer after " + attempt
                            + " attempts", e, !neverSent);
                }
                pause(call, attempt, Duration.ZERO, e.toString());
            }
        }
    }

    private JsonNode sendOnce(ShopContext shop, ApiCall call, String accessToken) throws IOException {
        String path = call.resolvedPath();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_key", config.appKey());
        query.put("timestamp", String.valueOf(clock.instant().getEpochSecond()));
        if (call.endpoint().scope() == ShopScope.SHOP) {
            if (shop.cipher() == null || shop.cipher().isBlank()) {
                throw new IllegalStateException("shop " + shop.shopId() + " has no shop_cipher; call "
                        + "Get Authorized Shops first");
            }
            query.put("shop_cipher", shop.cipher());
        }
        query.putAll(call.query());

        RequestBody body = null;
        byte[] signedBody = null;
        String contentType = null;
        if (call.file() != null) {
            MultipartBody multipart = multipart(call.file());
            body = multipart;
            contentType = multipart.contentType().toString();
        } else if (!call.endpoint().method().equals("GET")) {
            signedBody = TikTokJson.mapper().writeValueAsBytes(call.jsonBody() == null ? Map.of() : call.jsonBody());
            body = RequestBody.create(signedBody, JSON);
            contentType = JSON.toString();
        }
        String sign = RequestSigner.sign(config.appSecret(), path, query, signedBody, contentType);

        HttpUrl.Builder url = HttpUrl.get(config.apiBaseUrl() + path).newBuilder();
        query.forEach(url::addQueryParameter);
        url.addQueryParameter("sign", sign);
        Request request = new Request.Builder().url(url.build())
                .header("x-tts-access-token", accessToken)
                .method(call.endpoint().method(), body)
                .build();
        try (Response response = http.newCall(request).execute()) {
            ResponseEnvelope envelope = ResponseEnvelope.read(response);
            if (envelope.isSuccess()) {
                return envelope.data();
            }
            TikTokApiException error = envelope.toException();
            callMeters.answeredWithError(call.endpoint(), error.code());
            String retryAfter = response.header("Retry-After");
            if (error instanceof RateLimitedException && retryAfter != null) {
                throw new RateLimitedException(error.httpStatus(), error.code(), envelope.message(),
                        error.requestId(), Duration.ofSeconds(parseSeconds(retryAfter)));
            }
            throw error;
        }
    }

    private void awaitPermit(ShopContext shop, ApiEndpoint endpoint) {
        RateLimiter limiter = rateLimiters.rateLimiter(shop.shopId().value() + ":" + endpoint.name(),
                () -> RateLimiterConfig.custom()
                        .limitForPeriod(Math.max(1, config.qpsFor(endpoint.name())))
                        .limitRefreshPeriod(Duration.ofSeconds(1))
                        .timeoutDuration(config.rateLimitWait())
                        .build());
        long started = System.nanoTime();
        try {
            RateLimiter.waitForPermission(limiter);
            callMeters.waitedForRateBudget(endpoint, Duration.ofNanos(System.nanoTime() - started));
        } catch (RequestNotPermitted e) {
            callMeters.waitedForRateBudget(endpoint, Duration.ofNanos(System.nanoTime() - started));
            throw new RateLimitedException(0, TikTokErrorCode.RATE_LIMITED.code(),
                    "local rate limit for " + endpoint.name() + " still saturated after " + config.rateLimitWait(), "");
        }
    }

    private void pause(ApiCall call, int attempt, Duration atLeast, String reason) {
        long base = config.retryBaseDelay().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, config.retryMaxDelay().toMillis());
        long withJitter = Math.max(atLeast.toMillis(), capped + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
        log.info("TikTok {} attempt {} failed ({}); retrying in {} ms", call.endpoint().name(), attempt, reason,
                withJitter);
        sleepQuietly(Duration.ofMillis(withJitter));
    }

    private static MultipartBody multipart(ApiCall.MultipartFile file) {
        MultipartBody.Builder builder = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart(file.fieldName(), file.fileName(),
                        RequestBody.create(file.content(), MediaType.get(file.mediaType())));
        file.formFields().forEach(builder::addFormDataPart);
        return builder.build();
    }

    private static long parseSeconds(String header) {
        try {
            return Math.min(60, Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TikTokTransportException("interrupted while backing off", e, false);
        }
    }
}
