package io.suitetok.sandbox.netsuite.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SuiteQL statements the simulator answers, recognised by shape: it is not a SQL engine, it knows
 * the few queries the hub's REST adapter sends and refuses every other one.
 */
sealed interface SuiteQlStatement {

    /** {@code SELECT id, tranid, externalid FROM transaction WHERE type = 'SalesOrd' AND externalid IN (...)}. */
    record SalesOrderNumbers(List<String> externalIds) implements SuiteQlStatement {
    }

    /** Stock rows of {@code inventoryitemlocations} for items, optionally changed at or after an instant. */
    record ItemAvailability(List<String> itemIds, java.time.Instant changedSince) implements SuiteQlStatement {
    }

    Pattern ITEM_AVAILABILITY = Pattern.compile("(?i)SELECT item, location, quantityonhand, quantityavailable,"
            + " quantitycommitted, quantityonorder, quantitybackordered, TO_CHAR\\(lastquantityavailablechange,"
            + " 'YYYY-MM-DD\"T\"HH24:MI:SS\\.FF3\"Z\"'\\) AS lastquantityavailablechange FROM inventoryitemlocations"
            + " WHERE item IN \\(([0-9, -]+)\\)(?: AND lastquantityavailablechange >= TO_TIMESTAMP_TZ\\('([^']+)',"
            + " 'YYYY-MM-DD\"T\"HH24:MI:SS\\.FF3\"Z\"'\\))? ORDER BY item, location");

    /** NetSuite's clock in UTC: {@code SELECT TO_CHAR(SYS_EXTRACT_UTC(SYSTIMESTAMP), ...) AS servertime FROM dual}. */
    record ServerTime() implements SuiteQlStatement {
    }

    String SERVER_TIME = "SELECT TO_CHAR(SYS_EXTRACT_UTC(SYSTIMESTAMP), 'YYYY-MM-DD\"T\"HH24:MI:SS.FF3\"Z\"') AS"
            + " servertime FROM dual";

    Pattern SALES_ORDER_NUMBERS = Pattern.compile("(?is)\\s*SELECT\\s+id\\s*,\\s*tranid\\s*,\\s*externalid\\s+"
            + "FROM\\s+transaction\\s+WHERE\\s+type\\s*=\\s*'SalesOrd'\\s+AND\\s+externalid\\s+IN\\s*\\((.*)\\)\\s*");
    Pattern STRING_LITERAL = Pattern.compile("\\s*'((?:[^']|'')*)'\\s*(,|$)");

    static Optional<SuiteQlStatement> parse(String q) {
        Matcher numbers = SALES_ORDER_NUMBERS.matcher(q == null ? "" : q);
        if (numbers.matches()) {
            return literals(numbers.group(1)).map(SalesOrderNumbers::new);
        }
        if (q != null && q.strip().replaceAll("\\s+", " ").equalsIgnoreCase(SERVER_TIME)) {
            return Optional.of(new ServerTime());
        }
        Matcher availability = ITEM_AVAILABILITY.matcher(q == null ? "" : q.strip().replaceAll("\\s+", " "));
        if (availability.matches()) {
            List<String> ids = List.of(availability.group(1).split("\\s*,\\s*"));
            try {
                java.time.Instant since = availability.group(2) == null ? null
                        : java.time.Instant.parse(availability.group(2));
                return Optional.of(new ItemAvailability(ids, since));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A comma-separated list of string literals ({@code ''} escapes a quote), or empty when it is not one. */
    private static Optional<List<String>> literals(String list) {
        List<String> values = new ArrayList<>();
        Matcher literal = STRING_LITERAL.matcher(list);
        int at = 0;
        while (at < list.length() && literal.find(at) && literal.start() == at) {
            values.add(literal.group(1).replace("''", "'"));
            at = literal.end();
        }
        return at == list.length() && !values.isEmpty() ? Optional.of(values) : Optional.empty();
    }
}
