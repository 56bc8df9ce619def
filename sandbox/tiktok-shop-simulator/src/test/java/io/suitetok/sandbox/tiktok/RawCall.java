package io.suitetok.sandbox.tiktok;

import io.suitetok.tiktok.json.TikTokJson;
import io.suitetok.tiktok.signing.RequestSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;

/**
 * A hand-built TikTok request, signed with the client's {@link RequestSigner} over exactly what is
 * sent, for the shapes the client itself never produces (a millisecond timestamp, an unknown path).
 */
final class RawCall {

    private static final OkHttpClient HTTP = new OkHttpClient();

    private RawCall() {
    }

    static Answer send(RunningSimulator simulator, String method, String path, Map<String, String> extraQuery,
            String timestamp, String accessToken, String jsonBody) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_key", simulator.settings().appKey());
        query.put("timestamp", timestamp);
        query.putAll(extraQuery);
        byte[] body = jsonBody == null ? null : jsonBody.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sign = RequestSigner.sign(simulator.settings().appSecret(), path, query, body,
                body == null ? null : "application/json");
        HttpUrl.Builder url = HttpUrl.get(simulator.baseUrl() + path).newBuilder();
        query.forEach(url::addQueryParameter);
        url.addQueryParameter("sign", sign);
        Request.Builder request = new Request.Builder().url(url.build())
                .method(method, body == null ? null : RequestBody.create(body, MediaType.get("application/json")));
        if (accessToken != null) {
            request.header("x-tts-access-token", accessToken);
        }
        try (Response response = HTTP.newCall(request.build()).execute()) {
            return new Answer(response.code(), TikTokJson.mapper().readTree(response.body().string()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String now() {
        return Long.toString(System.currentTimeMillis() / 1000);
    }

    record Answer(int httpStatus, JsonNode json) {
        long code() {
            return json.get("code").asLong();
        }

        String message() {
            return json.get("message").asString();
        }
    }
}
