package io.suitetok.sandbox.netsuite.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SuiteQL statements of the REST adapter's reads, recognised by shape as {@link SuiteQlStatement}
 * recognises the others: which items and fulfilments changed, items by id or parent, the price schedule
 * custom record, promotion codes and exchange rates. Anything else is refused. A timestamp must be written
 * in the format the statement names (three fraction digits), as Oracle's {@code TO_TIMESTAMP_TZ} would
 * refuse another.
 */
sealed interface SuiteQlReadStatement {

    /** {@code SELECT id FROM item WHERE itemtype = 'InvtPart' AND lastmodifieddate >= ... ORDER BY id}. */
    record ItemsModifiedSince(Instant since) implements SuiteQlReadStatement {
    }

    /** Inventory items by internal id ({@code byParent} false) or by their matrix parent's. */
    record Items(boolean byParent, List<String> ids) implements SuiteQlReadStatement {
    }

    /** {@code SELECT id FROM transaction WHERE type = 'ItemShip' AND lastmodifieddate >= ... ORDER BY id}. */
    record FulfilmentsModifiedSince(Instant since) implements SuiteQlReadStatement {
    }

    /** The named items' heads joined with their {@code pricing} rows, one row per matrix cell. */
    record ItemPricing(List<String> ids) implements SuiteQlReadStatement {
    }

    /** Every column of customrecord_suitetok_price_schedule for rows modified at or after an instant. */
    record PriceSchedulesModifiedSince(Instant since) implements SuiteQlReadStatement {
    }

    /** {@code SELECT id FROM promotioncode ORDER BY id}. */
    record PromotionCodes() implements SuiteQlReadStatement {
    }

    /** The rates of a pair starting on or before a day, latest first. */
    record CurrencyRates(String baseCurrency, String fromCurrency, LocalDate onOrBefore)
            implements SuiteQlReadStatement {
    }

    String FORMAT = "'YYYY-MM-DD\"T\"HH24:MI:SS\\.FF3\"Z\"'";
    String TIMESTAMP = "TO_TIMESTAMP_TZ\\('(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z)', " + FORMAT + "\\)";

    Pattern ITEMS_MODIFIED = Pattern.compile("(?i)SELECT id FROM item WHERE itemtype = 'InvtPart' AND"
            + " lastmodifieddate >= " + TIMESTAMP + " ORDER BY id");
    Pattern ITEMS = Pattern.compile("(?i)SELECT id FROM item WHERE itemtype = 'InvtPart' AND (id|parent) IN"
            + " \\((\\d+(?:, \\d+)*)\\) ORDER BY id");
    Pattern ITEM_PRICING = Pattern.compile("(?i)SELECT item\\.id AS item, item\\.itemid, item\\.pricesincludetax,"
            + " TO_CHAR\\(item\\.lastmodifieddate, " + FORMAT + "\\) AS lastmodifieddate, pricing\\.pricelevel,"
            + " pricing\\.currency, pricing\\.quantity, pricing\\.unitprice FROM item LEFT JOIN pricing ON"
            + " pricing\\.item = item\\.id WHERE item\\.id IN \\((\\d+(?:, \\d+)*)\\) ORDER BY item\\.id");
    Pattern FULFILMENTS_MODIFIED = Pattern.compile("(?i)SELECT id FROM transaction WHERE type = 'ItemShip' AND"
            + " lastmodifieddate >= " + TIMESTAMP + " ORDER BY id");
    Pattern PRICE_SCHEDULES = Pattern.compile("(?i)SELECT id, custrecord_stps_item, custrecord_stps_price_level,"
            + " custrecord_stps_currency, custrecord_stps_price, TO_CHAR\\(custrecord_stps_effective_from, " + FORMAT
            + "\\) AS custrecord_stps_effective_from, TO_CHAR\\(custrecord_stps_effective_to, " + FORMAT
            + "\\) AS custrecord_stps_effective_to, isinactive, TO_CHAR\\(lastmodified, " + FORMAT
            + "\\) AS lastmodified FROM customrecord_suitetok_price_schedule WHERE lastmodified >= " + TIMESTAMP
            + " ORDER BY id");
    Pattern PROMOTION_CODES = Pattern.compile("(?i)SELECT id FROM promotioncode ORDER BY id");
    Pattern CURRENCY_RATES = Pattern.compile("(?i)SELECT exchangerate, TO_CHAR\\(effectivedate, 'YYYY-MM-DD'\\) AS"
            + " effectivedate FROM currencyrate WHERE basecurrency = (\\d+) AND transactioncurrency = (\\d+) AND"
            + " effectivedate <= TO_DATE\\('(\\d{4}-\\d{2}-\\d{2})', 'YYYY-MM-DD'\\) ORDER BY effectivedate DESC");

    static Optional<SuiteQlReadStatement> parse(String q) {
        String statement = q == null ? "" : q.strip().replaceAll("\\s+", " ");
        try {
            Matcher matcher = ITEMS_MODIFIED.matcher(statement);
            if (matcher.matches()) {
                return Optional.of(new ItemsModifiedSince(Instant.parse(matcher.group(1))));
            }
            matcher = ITEMS.matcher(statement);
            if (matcher.matches()) {
                return Optional.of(new Items(matcher.group(1).equalsIgnoreCase("parent"),
                        List.of(matcher.group(2).split(", "))));
            }
            matcher = ITEM_PRICING.matcher(statement);
            if (matcher.matches()) {
                return Optional.of(new ItemPricing(List.of(matcher.group(1).split(", "))));
            }
            matcher = FULFILMENTS_MODIFIED.matcher(statement);
            if (matcher.matches()) {
                return Optional.of(new FulfilmentsModifiedSince(Instant.parse(matcher.group(1))));
            }
            matcher = PRICE_SCHEDULES.matcher(statement);
            if (matcher.matches()) {
                return Optional.of(new PriceSchedulesModifiedSince(Instant.parse(matcher.group(1))));
            }
            if (PROMOTION_CODES.matcher(statement).matches()) {
                return Optional.of(new PromotionCodes());
            }
            matcher = CURRENCY_RATES.matcher(statement);
            if (matcher.matches()) {
                return Optional.of(new CurrencyRates(matcher.group(1), matcher.group(2),
                        LocalDate.parse(matcher.group(3))));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
