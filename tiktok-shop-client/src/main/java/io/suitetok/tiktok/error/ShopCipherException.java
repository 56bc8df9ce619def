package io.suitetok.tiktok.error;

/** A missing, wrong or unexpected shop_cipher (106013, 36009004 naming it). */
public class ShopCipherException extends TikTokApiException {

    public ShopCipherException(int httpStatus, long code, String message, String requestId) {
        super(httpStatus, code, message, requestId);
    }
}
