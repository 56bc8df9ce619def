package io.suitetok.tiktok.webhook;

/** TikTok's webhook type numbers, as they appear in the envelope's {@code type}. */
public final class WebhookType {

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

    private WebhookType() {
    }

    public static boolean isOrderType(int type) {
        return type == ORDER_STATUS_CHANGE || type == RECIPIENT_ADDRESS_UPDATE || type == CANCELLATION_STATUS_CHANGE
                || type == RETURN_STATUS_CHANGE || type == PACKAGE_UPDATE || type == REVERSE_STATUS_UPDATE;
    }

    public static boolean isProductType(int type) {
        return type == PRODUCT_STATUS_CHANGE || type == PRODUCT_INFORMATION_CHANGE || type == PRODUCT_CREATION;
    }
}
