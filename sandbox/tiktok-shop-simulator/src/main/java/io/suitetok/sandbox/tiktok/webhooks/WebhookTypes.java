package io.suitetok.sandbox.tiktok.webhooks;

/**
 * TikTok's webhook type numbers, as the envelope's {@code type} carries them (shared reference notes
 * §2.3: the DOC pages for 1, 5, 12 and 27, the EcomPHP and fudiwei samples for the others). The
 * simulator keeps its own copy; {@code WebhookTypesTest} holds it and the client's to the documented
 * numbers.
 */
public final class WebhookTypes {

    public static final int ORDER_STATUS_CHANGE = 1;
    public static final int REVERSE_STATUS_UPDATE = 2;
    public static final int RECIPIENT_ADDRESS_UPDATE = 3;
    public static final int PACKAGE_UPDATE = 4;
    public static final int PRODUCT_STATUS_CHANGE = 5;
    public static final int SELLER_DEAUTHORIZATION = 6;
    public static final int UPCOMING_AUTHORIZATION_EXPIRATION = 7;
    public static final int CANCELLATION_STATUS_CHANGE = 11;
    public static final int RETURN_STATUS_CHANGE = 12;
    public static final int PRODUCT_INFORMATION_CHANGE = 15;
    public static final int PRODUCT_CREATION = 16;
    public static final int INVENTORY_STATUS_CHANGE = 27;

    private WebhookTypes() {
    }
}
