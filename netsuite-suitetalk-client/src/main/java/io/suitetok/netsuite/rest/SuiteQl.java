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
