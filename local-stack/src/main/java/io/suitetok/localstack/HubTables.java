package io.suitetok.localstack;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stack's read-only look into the services' own schemas, for progress lines and the report. A
 * service never reads another's tables; the stack is the operator's console, so it may.
 */
final class HubTables {

    private final JdbcTemplate jdbc;

    HubTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- catalogue

    Map<String, Integer> listingsByStatus() {
        return countsBy("select status, count(*) from catalog_sync.listing group by status");
    }

    /** Listings sent to TikTok whose audit has not answered yet. */
    int listingsAwaitingAudit() {
        return count("select count(*) from catalog_sync.listing where status = 'PENDING_AUDIT'");
    }

    /** Levels of SKUs the catalogue has live: the set {@link #liveSkuMappings()} counts. */
    List<Level> levelsOfLiveSkus() {
        return jdbc.query("select l.shop_id, l.seller_sku, l.warehouse_id, l.sellable, l.push_due "
                + "from inventory_sync.inventory_level l join catalog_sync.sku_mapping m on m.shop_id = l.shop_id "
                + "and m.seller_sku = l.seller_sku where m.status = 'LIVE'", (rs, i) -> new Level(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5)));
    }

    int liveSkuMappings() {
        return count("select count(*) from catalog_sync.sku_mapping where status = 'LIVE'");
    }

    List<String> parkedItems() {
        return jdbc.query("select shop_id, seller_sku, reasons::text from catalog_sync.parked_item order by 1, 2",
                (rs, i) -> "shop " + rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
    }

    // --- orders

    Map<String, Integer> ordersByState() {
        return countsBy("select state, count(*) from order_sync.order_state group by state");
    }

    int ordersWaitingForNetSuite() {
        return count("select count(*) from order_sync.order_snapshot where needs_write");
    }

    List<String> parkedOrders() {
        return jdbc.query("select shop_id, order_id, reasons::text from order_sync.order_state where state = 'PARKED' "
                + "order by 1, 2", (rs, i) -> "order " + rs.getString(2) + " (shop " + rs.getString(1) + "): "
                + rs.getString(3));
    }

    /** Per order: the newest TikTok update_time the hub stored, and the one its Sales Order reflects. */
    Map<String, OrderProgress> orderProgress() {
        Map<String, OrderProgress> progress = new LinkedHashMap<>();
        jdbc.query("select s.order_id, s.update_time, s.needs_write, st.state, st.netsuite_id, st.written_update_time "
                + "from order_sync.order_snapshot s left join order_sync.order_state st "
                + "on st.shop_id = s.shop_id and st.order_id = s.order_id", rs -> {
                    Timestamp written = rs.getTimestamp(6);
                    progress.put(rs.getString(1), new OrderProgress(rs.getTimestamp(2).toInstant(), rs.getBoolean(3),
                            rs.getString(4), rs.getString(5), written == null ? null : written.toInstant()));
                });
        return progress;
    }

    record OrderProgress(Instant snapshotUpdateTime, boolean needsWrite, String state, String salesOrderId,
            Instant writtenUpdateTime) {
    }

    // --- fulfilments

    Map<String, String> fulfilmentStates() {
        Map<String, String> states = new LinkedHashMap<>();
        jdbc.query("select fulfilment_id, state from order_sync.fulfilment_shipment",
                rs -> { states.put(rs.getString(1), rs.getString(2)); });
        return states;
    }

    /** Per return id: TikTok's status as the hub last read it, and where its NetSuite records stand. */
    Map<String, ReturnProgress> returnProgress() {
        Map<String, ReturnProgress> progress = new LinkedHashMap<>();
        jdbc.query("select return_id, status, state, needs_write, reasons::text from order_sync.order_return",
                rs -> { progress.put(rs.getString(1), new ReturnProgress(rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5))); });
        return progress;
    }

    record ReturnProgress(String status, String state, boolean needsWrite, String reasons) {
    }

    List<String> parkedReturns() {
        return jdbc.query("select return_id, order_id, state, reasons::text from order_sync.order_return "
                + "where state in ('PARKED', 'WAITING_FOR_SALES_ORDER') order by 1", (rs, i) -> "return "
                + rs.getString(1) + " of order " + rs.getString(2) + " (" + rs.getString(3) + "): " + rs.getString(4));
    }

    List<String> parkedFulfilments() {
        return jdbc.query("select fulfilment_id, order_id, reason from order_sync.fulfilment_shipment "
                + "where state = 'PARKED' order by 1", (rs, i) -> "fulfilment " + rs.getString(1) + " of order "
                + rs.getString(2) + ": " + rs.getString(3));
    }

    // --- inventory

    int inventoryLevels() {
        return count("select count(*) from inventory_sync.inventory_level");
    }

    int levelsDue() {
        return count("select count(*) from inventory_sync.inventory_level where push_due");
    }

    /** Levels TikTok accepted in their newest version, by shop and seller SKU. */
    int levelsAccepted() {
        return count("select count(*) from inventory_sync.inventory_level where accepted_version = version");
    }

    /** The newest computed level of every SKU and warehouse, and whether it still waits to reach TikTok. */

    record Level(String shopId, String sellerSku, String warehouseId, int sellable, boolean pushDue) {
    }

    List<String> levelsWithErrors() {
        return jdbc.query("select shop_id, seller_sku, last_error from inventory_sync.inventory_level "
                + "where last_error is not null order by 1, 2", (rs, i) -> "shop " + rs.getString(1) + " "
                + rs.getString(2) + ": " + rs.getString(3));
    }

    // --- pricing

    /** Prices of live SKUs the service is done with: TikTok accepted the newest, or it is parked for a person. */
    int pricesSettled() {
        return count("select count(*) from pricing_sync.sku_price p join catalog_sync.sku_mapping m "
                + "on m.shop_id = p.shop_id and m.seller_sku = p.seller_sku where m.status = 'LIVE' "
                + "and (p.parked_reason is not null or (not p.push_due and p.pushed_price = p.price))");
    }

    int pricesDue() {
        return count("select count(*) from pricing_sync.sku_price where push_due and parked_reason is null");
    }

    /** Effective-dated prices whose instant has passed but which were not switched. */
    int cutoversOverdue() {
        return count("select count(*) from pricing_sync.price_cutover where state = 'PENDING' "
                + "and effective_at <= now() - interval '1 second'");
    }

    int skuPrices() {
        return count("select count(*) from pricing_sync.sku_price");
    }

    int pricesAccepted() {
        return count("select count(*) from pricing_sync.sku_price where pushed_price = price");
    }

    Map<String, Integer> cutoversByState() {
        return countsBy("select state, count(*) from pricing_sync.price_cutover group by state");
    }

    List<String> parkedPrices() {
        return jdbc.query("select shop_id, seller_sku, parked_reason from pricing_sync.sku_price "
                + "where parked_reason is not null order by 1, 2", (rs, i) -> "shop " + rs.getString(1) + " "
                + rs.getString(2) + ": " + rs.getString(3));
    }

    private int count(String sql) {
        Integer value = jdbc.queryForObject(sql, Integer.class);
        return value == null ? 0 : value;
    }

    private Map<String, Integer> countsBy(String sql) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query(sql, rs -> { counts.put(rs.getString(1), rs.getInt(2)); });
        return counts;
    }

    // --- settlement

    /** Orders whose Sales Order settlement-service has heard of (orders.netsuite-results.v1). */
    Set<String> ordersKnownToSettlement() {
        return new HashSet<>(jdbc.queryForList("select order_id from settlement.order_ref where "
                + "sales_order_id is not null", String.class));
    }

    /** Returns settlement-service knows the order flow credited (a Credit Memo): a refund line can match them. */
    Set<String> returnsCreditedToSettlement() {
        return new HashSet<>(jdbc.queryForList("select return_id from settlement.return_ref where "
                + "credit_memo_id is not null", String.class));
    }

    /** The statement lines settlement-service stored, by how each was matched. */
    Map<String, Integer> statementLinesByMatch() {
        return countsBy("select match_status, count(*) from settlement.statement_line group by match_status");
    }

    /** Unmatched statement lines, with the reason settlement-service gives finance. */
    List<String> surfacedLines() {
        return jdbc.query("select shop_id, transaction_id, type, order_id, match_reason from settlement.statement_line "
                + "where match_status = 'UNMATCHED' order by 1, 2", (rs, i) -> "shop " + rs.getString(1) + " line "
                + rs.getString(2) + " (" + rs.getString(3) + (rs.getString(4) == null ? "" : " of order "
                + rs.getString(4)) + "): " + rs.getString(5));
    }

    Map<String, Integer> statementsByState() {
        return countsBy("select state, count(*) from settlement.statement group by state");
    }
}
