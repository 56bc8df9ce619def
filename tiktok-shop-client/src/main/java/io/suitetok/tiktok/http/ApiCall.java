package io.suitetok.tiktok.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request to an endpoint: path parameters, endpoint query parameters (common ones are added by
 * the transport), and a JSON body or a multipart file. Arrays in the query are comma-joined, as
 * TikTok signs and reads them.
 */
public final class ApiCall {

    private final ApiEndpoint endpoint;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private Object jsonBody;
    private MultipartFile file;

    private ApiCall(ApiEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    public static ApiCall to(ApiEndpoint endpoint) {
        return new ApiCall(endpoint);
    }

    public ApiCall path(String name, String value) {
        pathParams.put(name, value);
        return this;
    }

    /** Null and empty values are dropped: what is not sent is not signed. */
    public ApiCall query(String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            query.put(name, value.toString());
        }
        return this;
    }

    public ApiCall query(String name, List<String> values) {
        return query(name, values == null || values.isEmpty() ? null : String.join(",", values));
    }

    public ApiCall body(Object body) {
        this.jsonBody = body;
        return this;
    }

    public ApiCall file(MultipartFile file) {
        this.file = file;
        return this;
    }

    public ApiEndpoint endpoint() {
        return endpoint;
    }

    public String resolvedPath() {
        return endpoint.path(pathParams);
    }

    public Map<String, String> query() {
        return query;
    }

    public Object jsonBody() {
        return jsonBody;
    }

    public MultipartFile file() {
        return file;
    }

    /** A file part: TikTok's image upload takes the binary in a field named {@code data}. */
    public record MultipartFile(String fieldName, String fileName, String mediaType, byte[] content,
            Map<String, String> formFields) {
    }
}
