package io.suitetok.tiktok.auth;

import io.suitetok.tiktok.config.TikTokClientConfig;
import io.suitetok.tiktok.http.ResponseEnvelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;

/**
 * TikTok's token endpoints on the auth host. They are unsigned GETs that carry the app secret and the
 * auth code or refresh token in the query, and answer with tokens: so neither their URLs nor their
 * bodies are logged or put in an exception (OkHttp's own messages show URLs without the query).
 */
public class AuthClient {

    private final TikTokClientConfig config;
    private final OkHttpClient http;

    public AuthClient(TikTokClientConfig config, OkHttpClient http) {
        this.config = config;
        this.http = http;
    }

    /** Exchanges the single-use authorization code (valid 30 minutes) for a token pair. */
    public TokenPair exchangeAuthCode(String authCode) {
        return call("/api/v2/token/get", "auth_code", authCode, "authorized_code");
    }

    public TokenPair refresh(String refreshToken) {
        return call("/api/v2/token/refresh", "refresh_token", refreshToken, "refresh_token");
    }

    private TokenPair call(String path, String credentialName, String credential, String grantType) {
        HttpUrl url = HttpUrl.get(config.authBaseUrl() + path).newBuilder()
                .addQueryParameter("app_key", config.appKey())
                .addQueryParameter("app_secret", config.appSecret())
                .addQueryParameter(credentialName, credential)
                .addQueryParameter("grant_type", grantType)
                .build();
        try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
            ResponseEnvelope envelope = ResponseEnvelope.read(response, false);
            if (!envelope.isSuccess()) {
                throw envelope.withMessage(withoutCredentials(envelope.message(), credential)).toException();
            }
            JsonNode data = envelope.data();
            return new TokenPair(data.path("access_token").asString(),
                    Instant.ofEpochSecond(data.path("access_token_expire_in").asLong()),
                    data.path("refresh_token").asString(),
                    Instant.ofEpochSecond(data.path("refresh_token_expire_in").asLong()));
        } catch (IOException e) {
            throw new UncheckedIOException("TikTok token endpoint " + path + " unreachable", e);
        }
    }

    /** In case TikTok's message quotes what it was sent (it names the parameter it refuses). */
    private String withoutCredentials(String message, String credential) {
        String safe = message == null ? "" : message;
        for (String secret : new String[] {config.appSecret(), credential}) {
            if (secret != null && !secret.isEmpty()) {
                safe = safe.replace(secret, "***");
            }
        }
        return safe;
    }
}
