package io.suitetok.tiktok.http;

import static io.suitetok.tiktok.http.ShopScope.NONE;
import static io.suitetok.tiktok.http.ShopScope.SHOP;

import java.util.List;
import java.util.Optional;

/**
 * Every TikTok endpoint the hub calls, each version pinned on its own. The simulator serves the
 * same table, so the two cannot drift apart on paths or on where {@code shop_cipher} belongs.
 */
public final class TikTokEndpoints {

    public static final ApiEndpoint AUTHORIZED_SHOPS = get("authorized_shops", "/authorization/202309/shops", NONE);

    public static final ApiEndpoint SEARCH_ORDERS = post("search_orders", "/order/202309/orders/search", SHOP, true);
    public static final ApiEndpoint ORDER_DETAIL = get("order_detail", "/order/202309/orders", SHOP);
    public static final ApiEndpoint ADD_EXTERNAL_ORDERS =
            post("add_external_orders", "/order/202309/orders/external_orders", SHOP, true);
    public static final ApiEndpoint GET_EXTERNAL_ORDERS =
            get("get_external_orders", "/order/202309/orders/{order_id}/external_orders", SHOP);
    public static final ApiEndpoint SEARCH_CANCELLATIONS =
            post("search_cancellations", "/return_refund/202309/cancellations/search", SHOP, true);
    public static final ApiEndpoint SEARCH_RETURNS =
            post("search_returns", "/return_refund/202309/returns/search", SHOP, true);
    public static final ApiEndpoint RETURN_RECORDS =
            get("return_records", "/return_refund/202309/returns/{return_id}/records", SHOP);

    public static final ApiEndpoint CREATE_PRODUCT = post("create_product", "/product/202309/products", SHOP, false);
    public static final ApiEndpoint EDIT_PRODUCT =
            new ApiEndpoint("edit_product", "PUT", "/product/202309/products/{product_id}", SHOP, true);
    public static final ApiEndpoint PARTIAL_EDIT_PRODUCT =
            post("partial_edit_product", "/product/202309/products/{product_id}/partial_edit", SHOP, true);
    public static final ApiEndpoint GET_PRODUCT = get("get_product", "/product/202309/products/{product_id}", SHOP);
    public static final ApiEndpoint SEARCH_PRODUCTS =
            post("search_products", "/product/202309/products/search", SHOP, true);
    public static final ApiEndpoint ACTIVATE_PRODUCTS =
            post("activate_products", "/product/202309/products/activate", SHOP, true);
    public static final ApiEndpoint DEACTIVATE_PRODUCTS =
            post("deactivate_products", "/product/202309/products/deactivate", SHOP, true);
    public static final ApiEndpoint UPLOAD_IMAGE = post("upload_image", "/product/202309/images/upload", NONE, true);
    public static final ApiEndpoint CATEGORY_RULES =
            get("category_rules", "/product/202309/categories/{category_id}/rules", SHOP);
    public static final ApiEndpoint CATEGORY_ATTRIBUTES =
            get("category_attributes", "/product/202309/categories/{category_id}/attributes", SHOP);
    public static final ApiEndpoint UPDATE_INVENTORY =
            post("update_inventory", "/product/202309/products/{product_id}/inventory/update", SHOP, true);
    public static final ApiEndpoint UPDATE_PRICE =
            post("update_price", "/product/202309/products/{product_id}/prices/update", SHOP, true);

    /**
     * Promotions (reference §5; paths and bodies per lywzx's generated promotion docs). Create is not
     * idempotent: a resend would make a second activity (or be refused for its title). Deactivate is not
     * either: a resend after a timeout would be refused as already ended, so a timeout is reported as
     * outcome unknown and the caller reads the activity's status instead.
     */
    public static final ApiEndpoint CREATE_ACTIVITY =
            post("create_activity", "/promotion/202309/activities", SHOP, false);
    /** Sets the listed products' terms to absolute values, so sending it twice is harmless. */
    public static final ApiEndpoint UPDATE_ACTIVITY_PRODUCTS = new ApiEndpoint("update_activity_products", "PUT",
            "/promotion/202309/activities/{activity_id}/products", SHOP, true);
    public static final ApiEndpoint DEACTIVATE_ACTIVITY =
            post("deactivate_activity", "/promotion/202309/activities/{activity_id}/deactivate", SHOP, false);
    public static final ApiEndpoint SEARCH_ACTIVITIES =
            post("search_activities", "/promotion/202309/activities/search", SHOP, true);

    public static final ApiEndpoint WAREHOUSES = get("warehouses", "/logistics/202309/warehouses", SHOP);
    public static final ApiEndpoint DELIVERY_OPTIONS =
            get("delivery_options", "/logistics/202309/warehouses/{warehouse_id}/delivery_options", SHOP);
    public static final ApiEndpoint SHIPPING_PROVIDERS = get("shipping_providers",
            "/logistics/202309/delivery_options/{delivery_option_id}/shipping_providers", SHOP);

    /**
     * Not idempotent: TikTok refuses a second ship of the same package, so after a timeout the call
     * is reported as outcome unknown (check the package detail) instead of being sent again.
     */
    public static final ApiEndpoint SHIP_PACKAGE =
            post("ship_package", "/fulfillment/202309/packages/{package_id}/ship", SHOP, false);
    /**
     * Mark Package As Shipped (US, UK, ES, IE): the seller names the unit lines it shipped with its own
     * carrier, and TikTok groups them into one shipped package. Not idempotent, like Ship Package.
     */
    public static final ApiEndpoint MARK_PACKAGE_SHIPPED =
            post("mark_package_shipped", "/fulfillment/202309/orders/{order_id}/packages", SHOP, false);
    public static final ApiEndpoint PACKAGE_DETAIL =
            get("package_detail", "/fulfillment/202309/packages/{package_id}", SHOP);

    public static final ApiEndpoint STATEMENTS = get("statements", "/finance/202309/statements", SHOP);
    public static final ApiEndpoint STATEMENT_TRANSACTIONS =
            get("statement_transactions", "/finance/202309/statements/{statement_id}/statement_transactions", SHOP);
    public static final ApiEndpoint ORDER_STATEMENT_TRANSACTIONS =
            get("order_statement_transactions", "/finance/202309/orders/{order_id}/statement_transactions", SHOP);
    public static final ApiEndpoint PAYMENTS = get("payments", "/finance/202309/payments", SHOP);

    public static final ApiEndpoint GET_WEBHOOKS = get("get_webhooks", "/event/202309/webhooks", SHOP);
    public static final ApiEndpoint UPDATE_WEBHOOK =
            new ApiEndpoint("update_webhook", "PUT", "/event/202309/webhooks", SHOP, true);

    public static final List<ApiEndpoint> ALL = List.of(AUTHORIZED_SHOPS, SEARCH_ORDERS, ORDER_DETAIL,
            ADD_EXTERNAL_ORDERS, GET_EXTERNAL_ORDERS, SEARCH_CANCELLATIONS, SEARCH_RETURNS, RETURN_RECORDS,
            CREATE_PRODUCT,
            EDIT_PRODUCT, PARTIAL_EDIT_PRODUCT, GET_PRODUCT, SEARCH_PRODUCTS, ACTIVATE_PRODUCTS, DEACTIVATE_PRODUCTS,
            UPLOAD_IMAGE, CATEGORY_RULES, CATEGORY_ATTRIBUTES, UPDATE_INVENTORY, UPDATE_PRICE,
            CREATE_ACTIVITY, UPDATE_ACTIVITY_PRODUCTS, DEACTIVATE_ACTIVITY, SEARCH_ACTIVITIES, WAREHOUSES,
            DELIVERY_OPTIONS, SHIPPING_PROVIDERS, SHIP_PACKAGE, MARK_PACKAGE_SHIPPED, PACKAGE_DETAIL, STATEMENTS, STATEMENT_TRANSACTIONS,
            ORDER_STATEMENT_TRANSACTIONS, PAYMENTS, GET_WEBHOOKS, UPDATE_WEBHOOK);

    private TikTokEndpoints() {
    }

    /** The endpoint a request is for, or empty when TikTok has no such path (36009009). */
    public static Optional<ApiEndpoint> find(String method, String path) {
        return ALL.stream().filter(endpoint -> endpoint.matches(method, path)).findFirst();
    }

    private static ApiEndpoint get(String name, String path, ShopScope scope) {
        return new ApiEndpoint(name, "GET", path, scope, true);
    }

    private static ApiEndpoint post(String name, String path, ShopScope scope, boolean idempotent) {
        return new ApiEndpoint(name, "POST", path, scope, idempotent);
    }
}
