package io.suitetok.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the services' ops endpoints the way an operator's script would: plain HTTP and JSON, with the
 * caller's bearer token.
 */
final class OpsClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    OpsClient(String token) {
        this.token = token;
    }

    JsonNode get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** A POST without a body (publish everything, start a recalculation). */
    JsonNode post(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * The POST again every two seconds while the service cannot be reached or answers 5xx (it was killed and
     * is starting again), until {@code within} has passed: what an operator does with a dead service.
     */
    JsonNode postUntilAnswered(String url, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            try {
                return post(url);
            } catch (IllegalStateException e) {
                boolean retryable = e.getMessage() != null && (e.getMessage().startsWith("cannot reach")
                        || e.getMessage().matches("(?s).* answered 5\\d\\d:.*"));
                if (!retryable || Instant.now().isAfter(deadline)) {
                    throw e;
                }
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token)
                            .timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + request.build().uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
