package io.suitetok.tiktok.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * TikTok Shop's request signature: the path, then every query parameter except {@code sign} and
 * the access token as {@code key + value} in key order, then the exact body bytes (unless the
 * request is multipart), all wrapped in the app secret and HMAC-SHA256'd with it. Used by the
 * client to sign and by the simulator to verify, so both agree to the byte.
 */
public final class RequestSigner {

    /** Never part of the signed string, even if a caller put them in the query. */
    private static final Set<String> UNSIGNED = Set.of("sign", "access_token", "x-tts-access-token");

    private RequestSigner() {
    }

    /**
     * @param query       decoded query values; empty values are neither signed nor sent
     * @param body        the bytes that go on the wire, or null
     * @param contentType the request's content type, or null
     */
    public static String sign(String appSecret, String path, Map<String, String> query, byte[] body,
            String contentType) {
        return HmacSha256.hex(appSecret, stringToSign(appSecret, path, query, body, contentType));
    }

    static byte[] stringToSign(String appSecret, String path, Map<String, String> query, byte[] body,
            String contentType) {
        StringBuilder text = new StringBuilder(appSecret).append(path);
        new TreeMap<>(query).forEach((key, value) -> {
            if (!UNSIGNED.contains(key) && value != null && !value.isEmpty()) {
                text.append(key).append(value);
            }
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null && !isMultipart(contentType)) {
            bytes.writeBytes(body);
        }
        bytes.writeBytes(appSecret.getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** Only the media type counts: "multipart/form-data; boundary=..." is multipart. */
    static boolean isMultipart(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).trim().startsWith("multipart/form-data");
    }
}
