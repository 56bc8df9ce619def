package io.suitetok.sandbox.netsuite.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reference data and stock for a simulated account, as JSON ({@code POST /sim/seed}) or from Java.
 * Internal ids are optional: given ones are kept (so fixtures can name them), missing ones are
 * assigned. Every list may be left out.
 */
public record SeedRequest(List<Currency> currencies, List<Subsidiary> subsidiaries, List<Location> locations,
                          List<PriceLevel> priceLevels, List<Customer> customers, List<Item> items,
                          List<ClosedPeriod> closedPeriods, List<Account> accounts) {

    public SeedRequest {
        currencies = orEmpty(currencies);
        subsidiaries = orEmpty(subsidiaries);
        locations = orEmpty(locations);
        priceLevels = orEmpty(priceLevels);
        customers = orEmpty(customers);
        items = orEmpty(items);
        closedPeriods = orEmpty(closedPeriods);
        accounts = orEmpty(accounts);
    }

    /** A seed without a chart of accounts: what every seed was before settlement needed GL accounts. */
    public SeedRequest(List<Currency> currencies, List<Subsidiary> subsidiaries, List<Location> locations,
                       List<PriceLevel> priceLevels, List<Customer> customers, List<Item> items,
                       List<ClosedPeriod> closedPeriods) {
        this(currencies, subsidiaries, locations, priceLevels, customers, items, closedPeriods, null);
    }

    /** A currency record id with its ISO code ({@code 1} is USD in most accounts). */
    public record Currency(String internalId, String isoCode) {
    }

    public record Subsidiary(String internalId, String name, String currency) {
    }

    public record Location(String internalId, String name, String subsidiary) {
    }

    public record PriceLevel(String internalId, String name) {
    }

    public record Customer(String internalId, String externalId, String companyName, String firstName,
                           String lastName, String email, String subsidiary, String currency, String priceLevel) {
    }

    /**
     * An inventory item. {@code matrixType} is {@code parent}, {@code child} or absent; a child names its
     * {@code parent} by internal id and its options by script id.
     */
    public record Item(String internalId, String externalId, String itemId, String displayName, String upcCode,
                       String matrixType, String parent, Map<String, String> matrixOptions, Boolean inactive,
                       List<String> subsidiaries, List<Price> prices, List<Stock> stock,
                       Merchandising merchandising) {

        public Item {
            // Option order is the order shoppers see the options in, so keep the seed's.
            matrixOptions = matrixOptions == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(matrixOptions));
            inactive = Boolean.TRUE.equals(inactive);
            subsidiaries = orEmpty(subsidiaries);
            prices = orEmpty(prices);
            stock = orEmpty(stock);
        }

        public Item(String internalId, String externalId, String itemId, String displayName, String upcCode,
                    String matrixType, String parent, Map<String, String> matrixOptions, Boolean inactive,
                    List<String> subsidiaries, List<Price> prices, List<Stock> stock) {
            this(internalId, externalId, itemId, displayName, upcCode, matrixType, parent, matrixOptions, inactive,
                    subsidiaries, prices, stock, null);
        }
    }

    /**
     * The web-store side of an item: copy, class, weight, custom fields (script id to text) and
     * translations (locale such as {@code en_GB} to copy).
     */
    public record Merchandising(String salesDescription, String storeDisplayName, String storeDetailedDescription,
                                String className, BigDecimal weight, String weightUnit,
                                Map<String, String> customFields, Map<String, Translation> translations) {

        public Merchandising {
            customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
            translations = translations == null ? Map.of() : Map.copyOf(translations);
        }
    }

    public record Translation(String displayName, String description) {
    }

    public record Price(String priceLevel, String currency, BigDecimal price) {
    }

    public record Stock(String location, BigDecimal onHand, BigDecimal onOrder) {
    }

    /**
     * A GL account. {@code type} is SuiteTalk's account type ({@code _bank}, {@code _income},
     * {@code _expense}, {@code _otherCurrentAsset}, {@code _otherCurrentLiability},
     * {@code _accountsReceivable}, ...; the leading underscore may be left out). No subsidiaries means
     * every subsidiary may post to it; {@code currency} is optional (a bank account's currency).
     */
    public record Account(String internalId, String number, String name, String type, List<String> subsidiaries,
                          String currency, Boolean inactive) {

        public Account {
            subsidiaries = orEmpty(subsidiaries);
            inactive = Boolean.TRUE.equals(inactive);
        }
    }

    public record ClosedPeriod(LocalDate from, LocalDate to) {
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
