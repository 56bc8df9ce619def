package io.suitetok.model.topic;

/**
 * The catalogue of the hub's topics: {@code <domain>.<entity>.v<N>}, keyed by the business id so
 * that one order's (or one SKU's) events stay in order on one partition. Each topic has a
 * dead-letter twin {@code <topic>.DLT} with the same partitions.
 *
 * <p>The names are also compile-time constants in {@link Names} so that listener annotations can
 * use them.
 */
public enum HubTopic {
    TIKTOK_ORDER_NOTIFICATIONS(Names.TIKTOK_ORDER_NOTIFICATIONS,
            "TikTok order id", CleanupPolicy.DELETE, "raw, verified TikTok order webhooks and polling hits"),
    TIKTOK_PRODUCT_NOTIFICATIONS(Names.TIKTOK_PRODUCT_NOTIFICATIONS,
            "TikTok product id", CleanupPolicy.DELETE, "raw, verified TikTok product webhooks (audit outcomes)"),
    ORDERS(Names.ORDERS,
            "TikTok order id", CleanupPolicy.DELETE, "canonical order snapshots, newest update_time wins"),
    ORDER_NETSUITE_RESULTS(Names.ORDER_NETSUITE_RESULTS,
            "TikTok order id", CleanupPolicy.DELETE, "Sales Order written, parked or closed in NetSuite"),
    ORDER_FULFILMENTS(Names.ORDER_FULFILMENTS,
            "TikTok order id", CleanupPolicy.DELETE, "NetSuite fulfilments with carrier and tracking"),
    CATALOG_SKU_MAPPINGS(Names.CATALOG_SKU_MAPPINGS,
            "seller SKU", CleanupPolicy.COMPACT, "NetSuite item <-> TikTok product and SKU, per shop"),
    INVENTORY_LEVELS(Names.INVENTORY_LEVELS,
            "seller SKU and TikTok warehouse", CleanupPolicy.COMPACT, "sellable quantity last computed"),
    PRICING_PRICES(Names.PRICING_PRICES,
            "seller SKU", CleanupPolicy.COMPACT, "effective price per SKU and shop"),
    SETTLEMENT_STATEMENTS(Names.SETTLEMENT_STATEMENTS,
            "TikTok statement id", CleanupPolicy.DELETE, "daily statements with their transactions");

    /** Suffix of every dead-letter topic, spring-kafka's convention. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private final String topicName;
    private final String keyMeaning;
    private final CleanupPolicy cleanupPolicy;
    private final String carries;

    HubTopic(String topicName, String keyMeaning, CleanupPolicy cleanupPolicy, String carries) {
        this.topicName = topicName;
        this.keyMeaning = keyMeaning;
        this.cleanupPolicy = cleanupPolicy;
        this.carries = carries;
    }

    public String topicName() {
        return topicName;
    }

    public String deadLetterName() {
        return topicName + DEAD_LETTER_SUFFIX;
    }

    public String keyMeaning() {
        return keyMeaning;
    }

    public CleanupPolicy cleanupPolicy() {
        return cleanupPolicy;
    }

    public String carries() {
        return carries;
    }

    /** Topic names as constants, for annotations. */
    public static final class Names {
        public static final String TIKTOK_ORDER_NOTIFICATIONS = "tiktok.order-notifications.v1";
        public static final String TIKTOK_PRODUCT_NOTIFICATIONS = "tiktok.product-notifications.v1";
        public static final String ORDERS = "orders.v1";
        public static final String ORDER_NETSUITE_RESULTS = "orders.netsuite-results.v1";
        public static final String ORDER_FULFILMENTS = "orders.fulfilments.v1";
        public static final String CATALOG_SKU_MAPPINGS = "catalog.sku-mappings.v1";
        public static final String INVENTORY_LEVELS = "inventory.levels.v1";
        public static final String PRICING_PRICES = "pricing.prices.v1";
        public static final String SETTLEMENT_STATEMENTS = "settlement.statements.v1";

        private Names() {
        }
    }
}
