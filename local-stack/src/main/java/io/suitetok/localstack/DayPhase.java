package io.suitetok.localstack;

/**
 * The steps of a {@link TradingDay}, each the busiest moment of one service: a fault suite starts a fault
 * where it hurts most and stops it when the day is {@link #OVER}, before the invariants are checked.
 */
enum DayPhase {
    /** The catalogue published and audited: catalog-sync. */
    CATALOGUE,
    /** Every SKU's stock pushed to TikTok: inventory-sync. */
    STOCK,
    /** Every SKU's price pushed: pricing-sync. */
    PRICES,
    /** Finance reprices items in NetSuite, with an effective-dated price and a promotion a few seconds ahead. */
    PRICE_CHANGES,
    /** The order burst and the Sales Orders it needs. */
    ORDERS,
    /** Half the burst's orders placed, webhooks arriving by the dozen: order-sync's busiest moment. */
    ORDERS_HALF_PLACED,
    /** Fulfilments reported to TikTok: order-sync again. */
    FULFILMENT,
    /** Returns, restock, the stock and prices settling after the day. */
    RETURNS,
    /** Statements read, matched, posted and paid out: settlement-service. */
    SETTLEMENT,
    /** The day's work is done; the invariants come next. */
    OVER
}
