package io.suitetok.inventory.netsuite;

import io.suitetok.tiktok.signing.HmacSha256;

/**
 * Who may report stock movements: NetSuite's user event script signs the raw request body with
 * HMAC-SHA256 under a secret shared with the hub (lowercase hex in {@value #HEADER}). Replaying a
 * captured call only makes the hub read the same items again, so there is no timestamp to check.
 */
public final class MovementSignature {

    public static final String HEADER = "X-SuiteTok-Signature";

    private final String secret;

    public MovementSignature(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("hub.inventory.movement-secret is required: NetSuite signs movement calls with it");
        }
        // A secret mounted from a file keeps its newline, and then no signature matches. Never quoted.
        if (!secret.strip().equals(secret)) {
            throw new IllegalStateException("hub.inventory.movement-secret starts or ends with whitespace (a newline "
                    + "from a secret file?); set it without");
        }
        this.secret = secret;
    }

    public String sign(byte[] body) {
        return HmacSha256.hex(secret, body);
    }

    public boolean verifies(byte[] body, String signature) {
        return HmacSha256.sameSignature(sign(body), signature);
    }
}
