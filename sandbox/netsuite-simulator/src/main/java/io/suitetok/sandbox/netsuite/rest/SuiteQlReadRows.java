package io.suitetok.sandbox.netsuite.rest;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.accounting_2025_2.Price;
import com.netsuite.webservices.lists.accounting_2025_2.Pricing;

import com.netsuite.webservices.platform.common_2025_2.CustomRecordSearchBasic;
import com.netsuite.webservices.platform.common_2025_2.ItemSearchBasic;
import com.netsuite.webservices.platform.common_2025_2.PromotionCodeSearchBasic;
import com.netsuite.webservices.platform.common_2025_2.TransactionSearchBasic;
import com.netsuite.webservices.platform.core_2025_2.CustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.DateCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.DoubleCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.SearchDateField;
import com.netsuite.webservices.platform.core_2025_2.SearchEnumMultiSelectField;
import com.netsuite.webservices.platform.core_2025_2.SearchMultiSelectField;
import com.netsuite.webservices.platform.core_2025_2.SearchRecord;
import com.netsuite.webservices.platform.core_2025_2.SearchResult;
import com.netsuite.webservices.platform.core_2025_2.SelectCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.types.SearchDateFieldOperator;
import com.netsuite.webservices.platform.core_2025_2.types.SearchEnumMultiSelectFieldOperator;
import com.netsuite.webservices.platform.core_2025_2.types.SearchMultiSelectFieldOperator;
import com.netsuite.webservices.platform.messages_2025_2.SearchPreferences;
import com.netsuite.webservices.setup.customization_2025_2.CustomRecord;
import io.suitetok.sandbox.netsuite.account.SimulatedAccount;
import io.suitetok.sandbox.netsuite.seed.PricingChange;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the read statements, taken from the account with the same searches the SOAP endpoint runs,
 * so both adapters read the same records: ids in id order, timestamps as {@code TO_CHAR} writes them in
 * the statement's format, numbers as strings, {@code T}/{@code F} flags, empty columns left out.
 */
final class SuiteQlReadRows {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final SimulatedAccount account;

    SuiteQlReadRows(SimulatedAccount account) {
        this.account = account;
    }

    List<Map<String, Object>> rows(SuiteQlReadStatement statement) {
        if (statement instanceof SuiteQlReadStatement.ItemsModifiedSince items) {
            ItemSearchBasic criteria = inventoryItems();
            criteria.setLastModifiedDate(onOrAfter(items.since()));
            return ids(found(criteria));
        }
        if (statement instanceof SuiteQlReadStatement.Items items) {
            ItemSearchBasic criteria = inventoryItems();
            if (items.byParent()) {
                criteria.setParent(anyOf(items.ids()));
            } else {
                criteria.setInternalId(anyOf(items.ids()));
            }
            return ids(found(criteria));
        }
        if (statement instanceof SuiteQlReadStatement.ItemPricing pricing) {
            ItemSearchBasic criteria = new ItemSearchBasic();
            criteria.setInternalId(anyOf(pricing.ids()));
            List<Map<String, Object>> rows = new ArrayList<>();
            found(criteria).stream().filter(InventoryItem.class::isInstance)
                    .forEach(item -> rows.addAll(pricingRows((InventoryItem) item)));
            return rows;
        }
        if (statement instanceof SuiteQlReadStatement.FulfilmentsModifiedSince fulfilments) {
            TransactionSearchBasic criteria = new TransactionSearchBasic();
            criteria.setType(enumeration("_itemFulfillment"));
            criteria.setLastModifiedDate(onOrAfter(fulfilments.since()));
            return ids(found(criteria));
        }
        if (statement instanceof SuiteQlReadStatement.PriceSchedulesModifiedSince schedules) {
            CustomRecordSearchBasic criteria = new CustomRecordSearchBasic();
            RecordRef type = new RecordRef();
            type.setInternalId(account.priceScheduleTypeId());
            criteria.setRecType(type);
            criteria.setLastModified(onOrAfter(schedules.since()));
            return found(criteria).stream().map(record -> schedule((CustomRecord) record)).toList();
        }
        if (statement instanceof SuiteQlReadStatement.PromotionCodes) {
            return ids(found(new PromotionCodeSearchBasic()));
        }
        SuiteQlReadStatement.CurrencyRates rates = (SuiteQlReadStatement.CurrencyRates) statement;
        return account.pricing().currencyRates().stream()
                .filter(rate -> rate.baseCurrency().equals(rates.baseCurrency())
                        && rate.fromCurrency().equals(rates.fromCurrency())
                        && !rate.effectiveDate().isAfter(rates.onOrBefore()))
                .sorted(Comparator.comparing(PricingChange.CurrencyRate::effectiveDate).reversed())
                .map(rate -> row("exchangerate", rate.rate().toPlainString(), "effectivedate",
                        rate.effectiveDate().toString()))
                .toList();
    }

    /**
     * An item's rows of {@code item LEFT JOIN pricing}: one per cell of its matrix, in the matrix's order, each
     * with the item's columns; one row with the item's columns alone when it has no prices.
     */
    private static List<Map<String, Object>> pricingRows(InventoryItem item) {
        Map<String, Object> head = row("item", item.getInternalId(), "itemid", item.getItemId(), "pricesincludetax",
                Boolean.TRUE.equals(item.isPricesIncludeTax()) ? "T" : "F");
        if (item.getLastModifiedDate() != null) {
            head.put("lastmodifieddate", timestamp(item.getLastModifiedDate()));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        if (item.getPricingMatrix() != null) {
            for (Pricing pricing : item.getPricingMatrix().getPricing()) {
                if (pricing.getPriceList() == null) {
                    continue;
                }
                for (Price price : pricing.getPriceList().getPrice()) {
                    Map<String, Object> row = new LinkedHashMap<>(head);
                    row.put("pricelevel", pricing.getPriceLevel() == null ? null
                            : pricing.getPriceLevel().getInternalId());
                    row.put("currency", pricing.getCurrency() == null ? null : pricing.getCurrency().getInternalId());
                    if (price.getQuantity() != null) {
                        row.put("quantity", number(price.getQuantity()));
                    }
                    if (price.getValue() != null) {
                        row.put("unitprice", number(price.getValue()));
                    }
                    row.values().removeIf(java.util.Objects::isNull);
                    rows.add(row);
                }
            }
        }
        return rows.isEmpty() ? List.of(head) : rows;
    }

    /** A number as SuiteQL answers it: a string, without a trailing {@code .0}. */
    private static String number(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Map<String, Object> schedule(CustomRecord record) {
        Map<String, Object> row = row("id", record.getInternalId());
        for (CustomFieldRef field : record.getCustomFieldList().getCustomField()) {
            Object value = null;
            if (field instanceof SelectCustomFieldRef select && select.getValue() != null) {
                value = select.getValue().getInternalId();
            } else if (field instanceof DoubleCustomFieldRef number && number.getValue() != null) {
                value = number.getValue().toPlainString();
            } else if (field instanceof DateCustomFieldRef date && date.getValue() != null) {
                value = timestamp(date.getValue());
            }
            if (value != null) {
                row.put(field.getScriptId(), value);
            }
        }
        row.put("isinactive", Boolean.TRUE.equals(record.isIsInactive()) ? "T" : "F");
        if (record.getLastModified() != null) {
            row.put("lastmodified", timestamp(record.getLastModified()));
        }
        return row;
    }

    /** Every record the search finds, all pages. */
    private List<Record> found(SearchRecord criteria) {
        SearchPreferences preferences = new SearchPreferences();
        preferences.setPageSize(1000);
        preferences.setBodyFieldsOnly(false);
        List<Record> records = new ArrayList<>();
        SearchResult page = account.search(criteria, preferences);
        while (true) {
            if (!page.getStatus().isIsSuccess()) {
                throw new IllegalStateException("the account refused a search: "
                        + page.getStatus().getStatusDetail().get(0).getMessage());
            }
            records.addAll(page.getRecordList().getRecord());
            if (page.getPageIndex() >= page.getTotalPages()) {
                return records;
            }
            page = account.searchMore(page.getSearchId(), page.getPageIndex() + 1);
        }
    }

    private static List<Map<String, Object>> ids(List<Record> records) {
        return records.stream().map(record -> row("id", io.suitetok.netsuite.wire.RecordKeys.internalId(record)))
                .toList();
    }

    private static Map<String, Object> row(String... columns) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("links", List.of());
        for (int i = 0; i < columns.length; i += 2) {
            row.put(columns[i], columns[i + 1]);
        }
        return row;
    }

    private static String timestamp(OffsetDateTime time) {
        return INSTANT.format(time.toInstant());
    }

    private static ItemSearchBasic inventoryItems() {
        ItemSearchBasic criteria = new ItemSearchBasic();
        criteria.setType(enumeration("_inventoryItem"));
        return criteria;
    }

    private static SearchEnumMultiSelectField enumeration(String value) {
        SearchEnumMultiSelectField field = new SearchEnumMultiSelectField();
        field.setOperator(SearchEnumMultiSelectFieldOperator.ANY_OF);
        field.getSearchValue().add(value);
        return field;
    }

    private static SearchMultiSelectField anyOf(List<String> ids) {
        SearchMultiSelectField field = new SearchMultiSelectField();
        field.setOperator(SearchMultiSelectFieldOperator.ANY_OF);
        for (String id : ids) {
            RecordRef ref = new RecordRef();
            ref.setInternalId(id);
            field.getSearchValue().add(ref);
        }
        return field;
    }

    private static SearchDateField onOrAfter(Instant since) {
        SearchDateField field = new SearchDateField();
        field.setOperator(SearchDateFieldOperator.ON_OR_AFTER);
        field.setSearchValue(since.atOffset(ZoneOffset.UTC));
        return field;
    }
}
