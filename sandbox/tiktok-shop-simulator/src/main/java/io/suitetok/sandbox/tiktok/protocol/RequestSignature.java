package io.suitetok.sandbox.tiktok.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TikTok's request signature, computed the simulator's own way from the documented steps ("Sign your
 * API request"): every query parameter but {@code sign} and the access token, sorted by key, as
 * {@code key + value}; the path in front; the raw body at the end unless multipart; the app secret on
 * both ends; HMAC-SHA256 keyed with the secret, lowercase hex. Kept apart from the client's signer on
 * purpose: a mistake in one is caught by the other (and both by TikTok's published vector).
 */
public final class RequestSignature {

    private static final Set<String> NOT_SIGNED = Set.of("sign", "access_token");

    private RequestSignature() {
    }

    public static String expected(String appSecret, String path, Map<String, String> query, byte[] body,
            String contentType) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        write(message, appSecret);
        write(message, path);
        for (Map.Entry<String, String> param : new TreeMap<>(query).entrySet()) {
            if (!NOT_SIGNED.contains(param.getKey()) && param.getValue() != null && !param.getValue().isEmpty()) {
                write(message, param.getKey());
                write(message, param.getValue());
            }
        }
        boolean multipart = contentType != null
                && contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        if (body != null && !multipart) {
            message.writeBytes(body);
        }
        write(message, appSecret);
        return hmacHex(appSecret, message.toByteArray());
    }

    /** Webhooks: {@code Authorization} = hex HMAC-SHA256(app_secret, app_key + raw body). */
    public static String ofWebhook(String appKey, String appSecret, byte[] body) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        write(message, appKey);
        message.writeBytes(body);
        return hmacHex(appSecret, message.toByteArray());
    }

    /** Constant-time comparison, case-insensitive on the given hex. */
    public static boolean matches(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    static String hmacHex(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
