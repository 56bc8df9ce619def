package io.suitetok.sandbox.tiktok.protocol;

/**
 * TikTok's error codes as the simulator answers them. The protocol codes come from the reference
 * (§7 of tiktok-shop-api.md). TikTok documents only families for business errors (12052xxx for
 * products, for example); where no exact number is public the simulator uses its own number in
 * the right family, marked "simulator's own" below, and the README lists them.
 */
public final class ErrorCodes {

    public static final long OK = 0;
    /** Reference: the QPS limit was exceeded (HTTP 429). */
    public static final long RATE_LIMITED = 36009002;
    /** Reference: internal error, retry. */
    public static final long INTERNAL_ERROR = 36009003;
    /** Reference: the reused "invalid common parameter" code; the message names the parameter. */
    public static final long INVALID_PARAMETER = 36009004;
    /** Reference: no such path (HTTP 404). */
    public static final long INVALID_PATH = 36009009;
    /** Reference: the path exists with another method. */
    public static final long INVALID_METHOD = 36009010;
    /** Reference: signature invalid (HTTP 401, "signature is invalid"). */
    public static final long SIGNATURE_INVALID = 106001;
    /** Reference: missing or invalid shop_cipher. */
    public static final long SHOP_CIPHER_INVALID = 106013;
    /** Reference: access token expired. */
    public static final long TOKEN_EXPIRED = 105002;
    /** Reference: the token does not match the shop. */
    public static final long TOKEN_SHOP_MISMATCH = 101000;
    /** Reference: authentication error (token endpoints: wrong app key or secret). */
    public static final long AUTHENTICATION_FAILED = 36004004;
    /** Reference: token endpoint, "rt has expired". */
    public static final long REFRESH_TOKEN_EXPIRED = 36004001;
    /** Reference: token endpoint, "can not find related auth record". */
    public static final long AUTH_RECORD_NOT_FOUND = 36004005;

    /** Reference sample: a SKU refused inside an inventory or price update (code 0 overall). */
    public static final long SKU_UPDATE_FAILED = 12052990;
    /** Reference: "You can't edit…" (the product's status forbids the change). */
    public static final long PRODUCT_NOT_EDITABLE = 12052048;
    /** Simulator's own: a product field breaks TikTok's listing rules. */
    public static final long PRODUCT_INVALID = 12052700;
    /** Simulator's own: no such product in this shop. */
    public static final long PRODUCT_NOT_FOUND = 12052701;
    /** Simulator's own: stock and price updates need a live (ACTIVATE) product. */
    public static final long PRODUCT_NOT_LIVE = 12052702;
    /** Simulator's own: unknown or non-leaf category. */
    public static final long CATEGORY_INVALID = 12052703;
    /** Simulator's own: the uploaded file is not an acceptable image ("upload file is invalid"). */
    public static final long IMAGE_INVALID = 12052704;
    /** Simulator's own: no such order in this shop. */
    public static final long ORDER_NOT_FOUND = 21011001;
    /** Simulator's own: an external order reference names lines the order does not have. */
    public static final long EXTERNAL_ORDER_INVALID = 21011002;
    /*
     * Fulfillment and logistics. TikTok's fulfillment codes are in the 21008xxx family (21008106
     * "This interface cannot be used in this region or this business type", EcomPHP issue #26); the
     * exact numbers below are the simulator's own.
     */
    /** Simulator's own: no such package in this shop. */
    public static final long PACKAGE_NOT_FOUND = 21008701;
    /** Simulator's own: the package was shipped already; TikTok refuses a second ship. */
    public static final long PACKAGE_ALREADY_SHIPPED = 21008702;
    /** Simulator's own: the package or its order is cancelled. */
    public static final long PACKAGE_CANCELLED = 21008703;
    /** Simulator's own: shipping_provider_id is not a carrier of the order's delivery option. */
    public static final long SHIPPING_PROVIDER_INVALID = 21008704;
    /** Simulator's own: self_shipment sent for a package TikTok's logistics ships. */
    public static final long NOT_SELF_SHIPPED = 21008705;
    /** Simulator's own: the order is not ready to ship (UNPAID, ON_HOLD) or already past shipping. */
    public static final long ORDER_NOT_SHIPPABLE = 21008708;
    /** Simulator's own: no such warehouse in this shop. */
    public static final long WAREHOUSE_NOT_FOUND = 21008706;
    /** Simulator's own: no such delivery option in this shop's market. */
    public static final long DELIVERY_OPTION_NOT_FOUND = 21008707;

    /*
     * Promotions. TikTok publishes no promotion error codes in the sources the reference uses; every
     * number below is the simulator's own (UNVERIFIED), in a family of its own so none collides with a
     * documented code. Clients should not branch on them.
     */
    /** Simulator's own: the activity's title, type, level or period breaks TikTok's documented rules. */
    public static final long ACTIVITY_INVALID = 17009701;
    /** Simulator's own: another activity of the shop has this title ("The name must be unique"). */
    public static final long ACTIVITY_TITLE_TAKEN = 17009702;
    /** Simulator's own: no such activity in this shop. */
    public static final long ACTIVITY_NOT_FOUND = 17009703;
    /** Simulator's own: the activity has ended (EXPIRED or DEACTIVATED) and takes no more changes. */
    public static final long ACTIVITY_ENDED = 17009704;
    /** Simulator's own: the activity price is not above 0 and below the SKU's price, or the discount is not 1-99 %. */
    public static final long ACTIVITY_PRICE_INVALID = 17009705;
    /** Simulator's own: the SKU is already in another running activity of the same type for an overlapping period. */
    public static final long ACTIVITY_SKU_CONFLICT = 17009706;
    /** Simulator's own: only live products can join an activity. */
    public static final long ACTIVITY_PRODUCT_NOT_LIVE = 17009707;
    /** Simulator's own: activity stock above the SKU's stock, or a limit that is neither -1 nor positive. */
    public static final long ACTIVITY_QUANTITY_INVALID = 17009708;

    private ErrorCodes() {
    }
}
