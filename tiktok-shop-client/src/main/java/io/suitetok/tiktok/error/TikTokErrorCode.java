package io.suitetok.tiktok.error;

/** The TikTok codes the hub branches on (reference: TikTok's common-errors page and endpoint tables). */
public enum TikTokErrorCode {
    RATE_LIMITED(36009002L),
    INTERNAL_ERROR(36009003L),
    /** Reused by TikTok for a dozen unrelated failures; the message says which. */
    COMMON_PARAMETER_ERROR(36009004L),
    REQUEST_TIMEOUT(36009007L),
    INVALID_PATH(36009009L),
    TOKEN_EXPIRED(105002L),
    MISSING_SCOPE(105005L),
    TOKEN_SHOP_MISMATCH(101000L),
    AUTHENTICATION_ERROR(36004004L),
    SIGNATURE_INVALID(106001L),
    SHOP_CIPHER_INVALID(106013L),
    SHOP_DEACTIVATED(36009043L),
    SELLER_DEACTIVATED(36009044L);

    private final long code;

    TikTokErrorCode(long code) {
        this.code = code;
    }

    public long code() {
        return code;
    }

    public boolean is(long other) {
        return code == other;
    }
}
