package io.suitetok.sandbox.tiktok.protocol;

import java.util.List;
import java.util.Optional;

/**
 * The endpoints the simulator serves, written from TikTok's documentation (shared reference notes
 * §1.2, §3.1, §3.4, §4.1, §5, §6 and the fulfilment table of the client's README), not taken from the
 * client: a client that called a wrong path or version would get TikTok's 36009009 here as it would
 * from TikTok. {@code EndpointTableTest} checks this table against the documented paths.
 */
public final class Endpoints {

    public static final Endpoint AUTHORIZED_SHOPS = get("authorized_shops", "/authorization/202309/shops", false);

    public static final Endpoint SEARCH_ORDERS = post("search_orders", "/order/202309/orders/search");
    public static final Endpoint ORDER_DETAIL = get("order_detail", "/order/202309/orders", true);
    public static final Endpoint ADD_EXTERNAL_ORDERS =
            post("add_external_orders", "/order/202309/orders/external_orders");
    public static final Endpoint GET_EXTERNAL_ORDERS =
            get("get_external_orders", "/order/202309/orders/{order_id}/external_orders", true);
    public static final Endpoint SEARCH_CANCELLATIONS =
            post("search_cancellations", "/return_refund/202309/cancellations/search");
    public static final Endpoint SEARCH_RETURNS = post("search_returns", "/return_refund/202309/returns/search");
    public static final Endpoint RETURN_RECORDS =
            get("return_records", "/return_refund/202309/returns/{return_id}/records", true);

    public static final Endpoint CREATE_PRODUCT = post("create_product", "/product/202309/products");
    public static final Endpoint EDIT_PRODUCT =
            new Endpoint("edit_product", "PUT", "/product/202309/products/{product_id}", true);
    public static final Endpoint PARTIAL_EDIT_PRODUCT =
            post("partial_edit_product", "/product/202309/products/{product_id}/partial_edit");
    public static final Endpoint GET_PRODUCT = get("get_product", "/product/202309/products/{product_id}", true);
    public static final Endpoint SEARCH_PRODUCTS = post("search_products", "/product/202309/products/search");
    public static final Endpoint ACTIVATE_PRODUCTS = post("activate_products", "/product/202309/products/activate");
    public static final Endpoint DEACTIVATE_PRODUCTS =
            post("deactivate_products", "/product/202309/products/deactivate");
    /** Image upload is app-scoped: no shop_cipher (EcomPHP strips it for uploads). */
    public static final Endpoint UPLOAD_IMAGE =
            new Endpoint("upload_image", "POST", "/product/202309/images/upload", false);
    public static final Endpoint CATEGORY_RULES =
            get("category_rules", "/product/202309/categories/{category_id}/rules", true);
    public static final Endpoint CATEGORY_ATTRIBUTES =
            get("category_attributes", "/product/202309/categories/{category_id}/attributes", true);
    public static final Endpoint UPDATE_INVENTORY =
            post("update_inventory", "/product/202309/products/{product_id}/inventory/update");
    public static final Endpoint UPDATE_PRICE = post("update_price", "/product/202309/products/{product_id}/prices/update");

    /** Promotions: paths and methods per lywzx's generated promotion docs (reference §5). */
    public static final Endpoint CREATE_ACTIVITY = post("create_activity", "/promotion/202309/activities");
    public static final Endpoint UPDATE_ACTIVITY_PRODUCTS = new Endpoint("update_activity_products", "PUT",
            "/promotion/202309/activities/{activity_id}/products", true);
    public static final Endpoint DEACTIVATE_ACTIVITY =
            post("deactivate_activity", "/promotion/202309/activities/{activity_id}/deactivate");
    public static final Endpoint SEARCH_ACTIVITIES = post("search_activities", "/promotion/202309/activities/search");

    public static final Endpoint WAREHOUSES = get("warehouses", "/logistics/202309/warehouses", true);
    public static final Endpoint DELIVERY_OPTIONS =
            get("delivery_options", "/logistics/202309/warehouses/{warehouse_id}/delivery_options", true);
    public static final Endpoint SHIPPING_PROVIDERS = get("shipping_providers",
            "/logistics/202309/delivery_options/{delivery_option_id}/shipping_providers", true);

    public static final Endpoint SHIP_PACKAGE = post("ship_package", "/fulfillment/202309/packages/{package_id}/ship");
    public static final Endpoint MARK_PACKAGE_SHIPPED =
            post("mark_package_shipped", "/fulfillment/202309/orders/{order_id}/packages");
    public static final Endpoint PACKAGE_DETAIL =
            get("package_detail", "/fulfillment/202309/packages/{package_id}", true);

    public static final Endpoint STATEMENTS = get("statements", "/finance/202309/statements", true);
    public static final Endpoint STATEMENT_TRANSACTIONS =
            get("statement_transactions", "/finance/202309/statements/{statement_id}/statement_transactions", true);
    public static final Endpoint ORDER_STATEMENT_TRANSACTIONS =
            get("order_statement_transactions", "/finance/202309/orders/{order_id}/statement_transactions", true);
    public static final Endpoint PAYMENTS = get("payments", "/finance/202309/payments", true);

    public static final Endpoint GET_WEBHOOKS = get("get_webhooks", "/event/202309/webhooks", true);
    public static final Endpoint UPDATE_WEBHOOK = new Endpoint("update_webhook", "PUT", "/event/202309/webhooks", true);

    public static final List<Endpoint> ALL = List.of(AUTHORIZED_SHOPS, SEARCH_ORDERS, ORDER_DETAIL,
            ADD_EXTERNAL_ORDERS, GET_EXTERNAL_ORDERS, SEARCH_CANCELLATIONS, SEARCH_RETURNS, RETURN_RECORDS,
            CREATE_PRODUCT,
            EDIT_PRODUCT, PARTIAL_EDIT_PRODUCT, GET_PRODUCT, SEARCH_PRODUCTS, ACTIVATE_PRODUCTS, DEACTIVATE_PRODUCTS,
            UPLOAD_IMAGE, CATEGORY_RULES, CATEGORY_ATTRIBUTES, UPDATE_INVENTORY, UPDATE_PRICE,
            CREATE_ACTIVITY, UPDATE_ACTIVITY_PRODUCTS, DEACTIVATE_ACTIVITY, SEARCH_ACTIVITIES, WAREHOUSES,
            DELIVERY_OPTIONS, SHIPPING_PROVIDERS, SHIP_PACKAGE, MARK_PACKAGE_SHIPPED, PACKAGE_DETAIL, STATEMENTS,
            STATEMENT_TRANSACTIONS, ORDER_STATEMENT_TRANSACTIONS, PAYMENTS, GET_WEBHOOKS, UPDATE_WEBHOOK);

    private Endpoints() {
    }

    /** The endpoint a request is for, or empty when TikTok has no such path (36009009). */
    public static Optional<Endpoint> find(String method, String path) {
        return ALL.stream().filter(endpoint -> endpoint.matches(method, path)).findFirst();
    }

    private static Endpoint get(String name, String path, boolean shopScoped) {
        return new Endpoint(name, "GET", path, shopScoped);
    }

    /** Every POST the simulator serves is shop-scoped except the image upload, declared on its own. */
    private static Endpoint post(String name, String path) {
        return new Endpoint(name, "POST", path, true);
    }
}
