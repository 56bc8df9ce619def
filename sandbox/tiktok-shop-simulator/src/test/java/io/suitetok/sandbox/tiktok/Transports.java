package io.suitetok.sandbox.tiktok;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.suitetok.tiktok.auth.AccessTokens;
import io.suitetok.tiktok.auth.AuthClient;
import io.suitetok.tiktok.auth.InMemoryTokenStore;
import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.http.TikTokTransport;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * The client's own transport (signing, token handling, envelope reading) built by hand, so that a
 * test can send calls the typed APIs never send, or tamper with a request after it was signed.
 */
final class Transports {

    private Transports() {
    }

    /** No retries: a refusal reaches the test as it came. */
    static TikTokTransport of(RunningSimulator simulator, ConnectedClient connected, Interceptor tamper) {
        TikTokClientConfig config = simulator.clientConfig().withRetry(1, Duration.ofMillis(10),
                Duration.ofMillis(10));
        OkHttpClient.Builder http = new OkHttpClient.Builder();
        if (tamper != null) {
            http.addInterceptor(tamper);
        }
        OkHttpClient client = http.build();
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        tokens.save(connected.us.shopId(), connected.tokenOf(connected.us));
        tokens.save(connected.uk.shopId(), connected.tokenOf(connected.uk));
        AccessTokens accessTokens = new AccessTokens(tokens, new AuthClient(config, client), Clock.systemUTC(),
                Duration.ofMinutes(1));
        return new TikTokTransport(config, client, accessTokens, Clock.systemUTC(), new SimpleMeterRegistry());
    }

    static long codeOf(Runnable call) {
        try {
            call.run();
            return 0;
        } catch (TikTokApiException e) {
            return e.code();
        }
    }

    /** Changes one digit of the JSON body after the client signed it: still valid JSON, one byte off. */
    static final class FlipOneBodyDigit implements Interceptor {
        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            if (request.body() == null) {
                return chain.proceed(request);
            }
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            byte[] bytes = buffer.readByteArray();
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] >= '0' && bytes[i] <= '9') {
                    bytes[i] = (byte) (bytes[i] == '9' ? '8' : bytes[i] + 1);
                    break;
                }
            }
            return chain.proceed(request.newBuilder()
                    .method(request.method(), RequestBody.create(bytes, request.body().contentType())).build());
        }
    }

    /** Sets (or, with null, removes) the access token header after signing: the token is not signed. */
    static Interceptor accessToken(String value) {
        return chain -> {
            Request.Builder request = chain.request().newBuilder();
            if (value == null) {
                request.removeHeader("x-tts-access-token");
            } else {
                request.header("x-tts-access-token", value);
            }
            return chain.proceed(request.build());
        };
    }
}
