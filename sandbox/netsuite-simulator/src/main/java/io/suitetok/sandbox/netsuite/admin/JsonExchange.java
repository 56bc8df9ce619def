package io.suitetok.sandbox.netsuite.admin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Reading a JSON body and writing a JSON (or XML) answer on a JDK HTTP exchange. */
final class JsonExchange {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpExchange exchange;

    JsonExchange(HttpExchange exchange) {
        this.exchange = exchange;
    }

    <T> T body(Class<T> type) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (body.length == 0) {
            throw new IllegalArgumentException("a JSON body is required");
        }
        return JSON.readValue(body, type);
    }

    Map<String, String> query() {
        Map<String, String> parameters = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
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
        send(status, "application/json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(value));
    }

    void xml(String xml) throws IOException {
        send(200, "application/xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8));
    }

    void empty() throws IOException {
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    private void send(int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
