package io.suitetok.model.topic;

import static io.suitetok.model.topic.CleanupPolicy.COMPACT;
import static io.suitetok.model.topic.CleanupPolicy.DELETE;

/**
 * The catalogue of the hub's topics: {@code <domain>.<entity>.v<N>}, keyed by the business id so
 * that one order's (or one SKU's) events stay in order on one partition. Each topic has a
 * dead-letter twin {@code <topic>.DLT} with the same partitions. Compacted topics carry state
 * (the latest value per key); the others carry history.
 *
 * <p>The names are also compile-time constants in {@link Names} so that listener annotations can
 * use them.
 */
public enum HubTopic {
    /** Key: TikTok order id. Raw, verified TikTok order webhooks and polling hits. */
    TIKTOK_ORDER_NOTIFICATIONS(Names.TIKTOK_ORDER_NOTIFICATIONS, DELETE),
    /** Key: TikTok product id. Raw, verified TikTok product webhooks (audit outcomes). */
    TIKTOK_PRODUCT_NOTIFICATIONS(Names.TIKTOK_PRODUCT_NOTIFICATIONS, DELETE),
    /** Key: TikTok order id. Canonical order snapshots; the newest update_time wins. */
    ORDERS(Names.ORDERS, DELETE),
    /** Key: TikTok order id. A Sales Order written, parked or closed in NetSuite. */
    ORDER_NETSUITE_RESULTS(Names.ORDER_NETSUITE_RESULTS, DELETE),
    /** Key: TikTok order id. NetSuite fulfilments with carrier and tracking number. */
    ORDER_FULFILMENTS(Names.ORDER_FULFILMENTS, DELETE),
    /** Key: TikTok order id. A return's NetSuite records (authorised, received, credited, refunded) or its parking. */
    ORDER_RETURNS(Names.ORDER_RETURNS, DELETE),
    /** Key: seller SKU. NetSuite item to TikTok product and SKU, per shop. */
    CATALOG_SKU_MAPPINGS(Names.CATALOG_SKU_MAPPINGS, COMPACT),
    /** Key: seller SKU and TikTok warehouse. The sellable quantity last computed. */
    INVENTORY_LEVELS(Names.INVENTORY_LEVELS, COMPACT),
    /** Key: seller SKU. The effective price per SKU and shop. */
    PRICING_PRICES(Names.PRICING_PRICES, COMPACT),
    /** Key: TikTok statement id. Daily statements with their transactions. */
    SETTLEMENT_STATEMENTS(Names.SETTLEMENT_STATEMENTS, DELETE);

    /** Suffix of every dead-letter topic, spring-kafka's convention. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private final String topicName;
    private final CleanupPolicy cleanupPolicy;

    HubTopic(String topicName, CleanupPolicy cleanupPolicy) {
        this.topicName = topicName;
        this.cleanupPolicy = cleanupPolicy;
    }

    public String topicName() {
        return topicName;
    }

    public String deadLetterName() {
        return topicName + DEAD_LETTER_SUFFIX;
    }

    public CleanupPolicy cleanupPolicy() {
        return cleanupPolicy;
    }

    /** Topic names as constants, for annotations. */
    public static final class Names {
        public static final String TIKTOK_ORDER_NOTIFICATIONS = "tiktok.order-notifications.v1";
        public static final String TIKTOK_PRODUCT_NOTIFICATIONS = "tiktok.product-notifications.v1";
        public static final String ORDERS = "orders.v1";
        public static final String ORDER_NETSUITE_RESULTS = "orders.netsuite-results.v1";
        public static final String ORDER_FULFILMENTS = "orders.fulfilments.v1";
        public static final String ORDER_RETURNS = "orders.returns.v1";
        public static final String CATALOG_SKU_MAPPINGS = "catalog.sku-mappings.v1";
        public static final String INVENTORY_LEVELS = "inventory.levels.v1";
        public static final String PRICING_PRICES = "pricing.prices.v1";
        public static final String SETTLEMENT_STATEMENTS = "settlement.statements.v1";

        private Names() {
        }
    }
}
