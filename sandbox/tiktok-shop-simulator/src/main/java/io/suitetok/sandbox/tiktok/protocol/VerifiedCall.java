package io.suitetok.sandbox.tiktok.protocol;

import io.suitetok.sandbox.tiktok.auth.AccessGrant;
import io.suitetok.sandbox.tiktok.shops.Shop;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A request that passed every protocol check, as an endpoint handler sees it: the endpoint, the
 * shop named by its cipher (for shop-scoped endpoints), the token's grant, and its parameters.
 */
public final class VerifiedCall {

    private final Endpoint endpoint;
    private final Map<String, String> pathParams;
    private final Map<String, String> query;
    private final byte[] body;
    private final Shop shop;
    private final AccessGrant grant;
    private final HttpServletRequest servletRequest;

    public VerifiedCall(Endpoint endpoint, Map<String, String> pathParams, Map<String, String> query, byte[] body,
            Shop shop, AccessGrant grant, HttpServletRequest servletRequest) {
        this.endpoint = endpoint;
        this.pathParams = pathParams;
        this.query = query;
        this.body = body;
        this.shop = shop;
        this.grant = grant;
        this.servletRequest = servletRequest;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** The shop of a shop-scoped call; the protocol checks guarantee it is there. */
    public Shop shop() {
        if (shop == null) {
            throw new IllegalStateException(endpoint.name() + " is not shop-scoped");
        }
        return shop;
    }

    public Optional<Shop> shopIfAny() {
        return Optional.ofNullable(shop);
    }

    public AccessGrant grant() {
        return grant;
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isEmpty());
    }

    /** page_size as TikTok checks it: 1 to 100, required where TikTok requires it. */
    public int pageSize(boolean required, int defaultSize) {
        Optional<String> raw = query("page_size");
        if (raw.isEmpty()) {
            if (required) {
                throw TikTokError.invalidParameter("page_size is required");
            }
            return defaultSize;
        }
        try {
            int size = Integer.parseInt(raw.get());
            if (size < 1 || size > 100) {
                throw TikTokError.invalidParameter("page_size must be between 1 and 100");
            }
            return size;
        } catch (NumberFormatException e) {
            throw TikTokError.invalidParameter("page_size must be a number");
        }
    }

    public Optional<Long> queryLong(String name) {
        Optional<String> raw = query(name);
        try {
            return raw.map(Long::parseLong);
        } catch (NumberFormatException e) {
            throw TikTokError.invalidParameter(name + " must be a number");
        }
    }

    /** The JSON body read into a record, snake_case as TikTok writes it. */
    public <T> T body(Class<T> type) {
        try {
            return WireJson.mapper().treeToValue(bodyTree(), type);
        } catch (JacksonException e) {
            throw TikTokError.invalidParameter("body does not match the API's fields: " + e.getOriginalMessage());
        }
    }

    /**
     * A search filter body: like {@link #body} but a field the record does not declare is refused
     * (36009004, naming it). TikTok ignores fields it does not know, so a misspelt bound
     * ({@code update_time_lt} where the endpoint documents {@code update_time_le}) would silently leave
     * the search unbounded; the simulator makes that mistake visible instead.
     */
    public <T extends Record> T filterBody(Class<T> type) {
        java.util.Set<String> declared = java.util.Arrays.stream(type.getRecordComponents())
                .map(component -> component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
        List<String> unknown = bodyTree().propertyNames().stream().filter(name -> !declared.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw TikTokError.invalidParameter("unknown filter field(s) " + unknown + " for " + endpoint.pathTemplate()
                    + "; documented: " + new java.util.TreeSet<>(declared));
        }
        return body(type);
    }

    public JsonNode bodyTree() {
        if (body == null || body.length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode tree = WireJson.mapper().readTree(body);
            if (tree == null || !tree.isObject()) {
                throw TikTokError.invalidParameter("body must be a JSON object");
            }
            return tree;
        } catch (JacksonException e) {
            throw TikTokError.invalidParameter("body is not valid JSON");
        }
    }

    /** A file part of a multipart request, or empty when the request has none by that name. */
    public Optional<UploadedFile> file(String field) {
        Part part = part(field);
        if (part == null || part.getSubmittedFileName() == null) {
            return Optional.empty();
        }
        try (InputStream in = part.getInputStream()) {
            return Optional.of(new UploadedFile(part.getSubmittedFileName(), part.getContentType(), in.readAllBytes()));
        } catch (IOException e) {
            throw TikTokError.invalidParameter("could not read part " + field);
        }
    }

    public Optional<String> formField(String field) {
        Part part = part(field);
        if (part == null) {
            return Optional.empty();
        }
        try (InputStream in = part.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw TikTokError.invalidParameter("could not read part " + field);
        }
    }

    private Part part(String field) {
        String type = servletRequest.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw TikTokError.invalidParameter("this API takes multipart/form-data");
        }
        try {
            return servletRequest.getPart(field);
        } catch (IOException | ServletException | IllegalStateException e) {
            throw TikTokError.invalidParameter("multipart body could not be read: " + e.getMessage());
        }
    }

    public record UploadedFile(String fileName, String contentType, byte[] content) {
    }
}
