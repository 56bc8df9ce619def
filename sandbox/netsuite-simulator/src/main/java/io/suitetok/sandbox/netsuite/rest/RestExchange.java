package io.suitetok.sandbox.netsuite.rest;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One REST request and its answer, JSON both ways. */
final class RestExchange {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpExchange exchange;

    RestExchange(HttpExchange exchange) {
        this.exchange = exchange;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return exchange.getRequestURI().getRawPath();
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    String bodyText() throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    JsonNode json() throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (body.length == 0) {
            throw new IllegalArgumentException("a JSON body is required");
        }
        return JSON.readTree(body);
    }

    Map<String, String> query() {
        return form(exchange.getRequestURI().getRawQuery());
    }

    static Map<String, String> form(String encoded) {
        Map<String, String> parameters = new HashMap<>();
        if (encoded != null && !encoded.isBlank()) {
            for (String pair : encoded.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    void json(int status, Object value) throws IOException {
        byte[] body = JSON.writeValueAsBytes(value);
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.oracle.resource+json; type=singular");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    void error(int status, String code, String detail) throws IOException {
        exchange.getResponseHeaders().set("Content-Language", "en");
        json(status, RestErrors.body(status, code, detail));
    }

    void noContent(String location) throws IOException {
        if (location != null) {
            exchange.getResponseHeaders().set("Location", location);
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }
}
