package io.suitetok.netsuite.rest;

import java.util.List;
import java.util.stream.Collectors;

/** The SuiteQL statements the REST adapter sends, written in one place (the simulator recognises these shapes). */
final class SuiteQl {

    private SuiteQl() {
    }

    /** Sales Orders' internal ids and SO numbers by external id. */
    static String salesOrderNumbers(List<String> externalIds) {
        return "SELECT id, tranid, externalid FROM transaction WHERE type = 'SalesOrd' AND externalid IN ("
                + externalIds.stream().map(SuiteQl::literal).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * Stock per item and location, optionally only rows whose quantity available changed at or after an
     * instant. The table and column names follow NetSuite's SuiteQL records browser as far as the reference
     * goes; they and the timestamp format are not verified against a live account.
     */
    static String itemAvailability(List<String> itemIds, java.time.Instant changedSince) {
        String statement = "SELECT item, location, quantityonhand, quantityavailable, quantitycommitted,"
                + " quantityonorder, quantitybackordered, TO_CHAR(lastquantityavailablechange,"
                + " 'YYYY-MM-DD\"T\"HH24:MI:SS.FF3\"Z\"') AS lastquantityavailablechange FROM inventoryitemlocations"
                + " WHERE item IN (" + itemIds.stream().map(SuiteQl::number).collect(Collectors.joining(", ")) + ")";
        if (changedSince != null) {
            statement += " AND lastquantityavailablechange >= TO_TIMESTAMP_TZ('"
                    + java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                            changedSince.truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                    + "', 'YYYY-MM-DD\"T\"HH24:MI:SS.FF3\"Z\"')";
        }
        return statement + " ORDER BY item, location";
    }

    /**
     * NetSuite's clock in UTC, to the millisecond (truncation makes a watermark earlier, never later). The
     * functions are Oracle's; that SuiteQL accepts them on {@code dual} is not verified against a live account.
     */
    static String serverTime() {
        return "SELECT TO_CHAR(SYS_EXTRACT_UTC(SYSTIMESTAMP), 'YYYY-MM-DD\"T\"HH24:MI:SS.FF3\"Z\"') AS servertime"
                + " FROM dual";
    }

    // ---- reads: which records changed, and flat tables --------------------------------------------------
    // The table and column names (item.itemtype 'InvtPart', transaction.type 'ItemShip', promotioncode,
    // currencyrate.transactioncurrency, a custom record's table and columns by script id) follow NetSuite's
    // SuiteQL records browser as far as the reference goes; none is verified against a live account.

    /** The ISO-8601 UTC instant format, to the millisecond, in Oracle's TO_CHAR/TO_TIMESTAMP_TZ notation. */
    private static final String INSTANT = "'YYYY-MM-DD\"T\"HH24:MI:SS.FF3\"Z\"'";

    /** Inventory items modified at or after an instant, by internal id (a page of them is then read whole). */
    static String itemsModifiedSince(java.time.Instant since) {
        return "SELECT id FROM item WHERE itemtype = 'InvtPart' AND lastmodifieddate >= " + timestamp(since)
                + " ORDER BY id";
    }

    /** The named inventory items that exist. */
    static String itemsById(List<String> itemIds) {
        return "SELECT id FROM item WHERE itemtype = 'InvtPart' AND id IN (" + numbers(itemIds) + ") ORDER BY id";
    }

    /** The matrix children of the named items. */
    static String itemsByParent(List<String> parentIds) {
        return "SELECT id FROM item WHERE itemtype = 'InvtPart' AND parent IN (" + numbers(parentIds)
                + ") ORDER BY id";
    }

    /**
     * The named items' pricing matrices in one statement: per item its SKU, tax flag and last change, and one
     * row per cell of the {@code pricing} table (an item without prices gives one row without them). Far
     * cheaper than a GET per item when a page holds hundreds; within an item the rows keep the table's order.
     */
    static String itemPricing(List<String> itemIds) {
        return "SELECT item.id AS item, item.itemid, item.pricesincludetax, TO_CHAR(item.lastmodifieddate, " + INSTANT
                + ") AS lastmodifieddate, pricing.pricelevel, pricing.currency, pricing.quantity, pricing.unitprice"
                + " FROM item LEFT JOIN pricing ON pricing.item = item.id WHERE item.id IN (" + numbers(itemIds)
                + ") ORDER BY item.id";
    }

    /** Item fulfilments modified at or after an instant. */
    static String fulfilmentsModifiedSince(java.time.Instant since) {
        return "SELECT id FROM transaction WHERE type = 'ItemShip' AND lastmodifieddate >= " + timestamp(since)
                + " ORDER BY id";
    }

    /**
     * The custom record {@code customrecord_suitetok_price_schedule} modified at or after an instant, every
     * column the hub reads: a custom record is a SuiteQL table by its script id, its fields columns by theirs.
     */
    static String priceSchedulesModifiedSince(java.time.Instant since) {
        return "SELECT id, custrecord_stps_item, custrecord_stps_price_level, custrecord_stps_currency,"
                + " custrecord_stps_price, TO_CHAR(custrecord_stps_effective_from, " + INSTANT
                + ") AS custrecord_stps_effective_from, TO_CHAR(custrecord_stps_effective_to, " + INSTANT
                + ") AS custrecord_stps_effective_to, isinactive, TO_CHAR(lastmodified, " + INSTANT
                + ") AS lastmodified FROM customrecord_suitetok_price_schedule WHERE lastmodified >= "
                + timestamp(since) + " ORDER BY id";
    }

    /** Every promotion code (they have no modification date to narrow by; the SOAP search reads all too). */
    static String promotionCodes() {
        return "SELECT id FROM promotioncode ORDER BY id";
    }

    /** The rates of one currency pair that start on or before a day, the latest first. */
    static String currencyRates(String baseCurrency, String fromCurrency, java.time.LocalDate effectiveDate) {
        return "SELECT exchangerate, TO_CHAR(effectivedate, 'YYYY-MM-DD') AS effectivedate FROM currencyrate"
                + " WHERE basecurrency = " + number(baseCurrency) + " AND transactioncurrency = " + number(fromCurrency)
                + " AND effectivedate <= TO_DATE('" + effectiveDate + "', 'YYYY-MM-DD') ORDER BY effectivedate DESC";
    }

    private static String timestamp(java.time.Instant at) {
        // Always three fraction digits, as the format says (ISO_INSTANT would leave out .000); truncation makes
        // the bound earlier, never later, so nothing modified at or after it is missed.
        return "TO_TIMESTAMP_TZ('" + java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(at) + "', " + INSTANT + ")";
    }

    private static String numbers(List<String> ids) {
        return ids.stream().map(SuiteQl::number).collect(Collectors.joining(", "));
    }

    /** An internal id as a number literal; anything else is refused rather than put into a statement. */
    static String number(String id) {
        if (!id.matches("-?\\d+")) {
            throw new IllegalArgumentException("not a NetSuite internal id: " + id);
        }
        return id;
    }

    /** A string literal: quotes doubled, so an external id can never end the literal. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
