package io.suitetok.sandbox.netsuite.rest;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.accounting_2025_2.Price;
import com.netsuite.webservices.lists.accounting_2025_2.Pricing;
import com.netsuite.webservices.lists.accounting_2025_2.Translation;
import com.netsuite.webservices.lists.marketing_2025_2.PromotionCode;
import com.netsuite.webservices.lists.marketing_2025_2.PromotionCodeCurrency;
import com.netsuite.webservices.lists.marketing_2025_2.PromotionCodeItems;
import com.netsuite.webservices.platform.common_2025_2.PromotionCodeSearchBasic;
import com.netsuite.webservices.platform.core_2025_2.BooleanCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.CustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.DateCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.DoubleCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.ListOrRecordRef;
import com.netsuite.webservices.platform.core_2025_2.LongCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.MultiSelectCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.SearchMultiSelectField;
import com.netsuite.webservices.platform.core_2025_2.SearchResult;
import com.netsuite.webservices.platform.core_2025_2.SelectCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.StringCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import com.netsuite.webservices.platform.core_2025_2.types.SearchMultiSelectFieldOperator;
import com.netsuite.webservices.platform.messages_2025_2.ReadResponse;
import com.netsuite.webservices.platform.messages_2025_2.SearchPreferences;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentItem;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackage;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackageFedEx;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackageUps;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackageUsps;
import io.suitetok.netsuite.wire.NetSuiteLanguage;
import io.suitetok.sandbox.netsuite.account.SimulatedAccount;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The record API's {@code GET .../<type>/<id>} for the records the hub reads: inventory items, item
 * fulfilments and promotion codes, rendered from the account's records. References are
 * {@code {"id", "refName"}}, custom fields sit at the top level under their script ids, empty fields are
 * left out, and a sublist ({@code {"items": [...]}}) is in the answer only with
 * {@code expandSubResources=true}, as NetSuite otherwise answers links to it.
 */
final class RestReadRendering {

    /** The read-only record types, by their REST names. */
    static final Set<String> TYPES = Set.of("inventoryItem", "itemFulfillment", "promotionCode");

    private final SimulatedAccount account;

    RestReadRendering(SimulatedAccount account) {
        this.account = account;
    }

    Optional<Map<String, Object>> read(String type, String internalId, boolean expand) {
        if (!internalId.matches("\\d+")) {
            return Optional.empty();
        }
        return switch (type) {
            case "inventoryItem" -> stored(RecordType.INVENTORY_ITEM, internalId)
                    .map(record -> item((InventoryItem) record, expand));
            case "itemFulfillment" -> stored(RecordType.ITEM_FULFILLMENT, internalId)
                    .map(record -> fulfilment((ItemFulfillment) record, expand));
            case "promotionCode" -> promotion(internalId).map(record -> promotion(record, expand));
            default -> Optional.empty();
        };
    }

    private Optional<Object> stored(RecordType type, String internalId) {
        RecordRef ref = new RecordRef();
        ref.setType(type);
        ref.setInternalId(internalId);
        ReadResponse read = account.get(ref);
        return read.getStatus().isIsSuccess() ? Optional.of(read.getRecord()) : Optional.empty();
    }

    /** Promotion codes live in the account's pricing book, so they are found the way a search finds them. */
    private Optional<PromotionCode> promotion(String internalId) {
        PromotionCodeSearchBasic criteria = new PromotionCodeSearchBasic();
        SearchMultiSelectField ids = new SearchMultiSelectField();
        ids.setOperator(SearchMultiSelectFieldOperator.ANY_OF);
        RecordRef ref = new RecordRef();
        ref.setInternalId(internalId);
        ids.getSearchValue().add(ref);
        criteria.setInternalId(ids);
        SearchPreferences preferences = new SearchPreferences();
        preferences.setBodyFieldsOnly(false);
        SearchResult found = account.search(criteria, preferences);
        if (!found.getStatus().isIsSuccess() || found.getRecordList().getRecord().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((PromotionCode) found.getRecordList().getRecord().get(0));
    }

    // ---- inventory item -----------------------------------------------------------------------------

    private static Map<String, Object> item(InventoryItem item, boolean expand) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.getInternalId());
        put(json, "externalId", item.getExternalId());
        put(json, "itemId", item.getItemId());
        put(json, "displayName", item.getDisplayName());
        put(json, "upcCode", item.getUpcCode());
        put(json, "parent", ref(item.getParent()));
        if (item.getMatrixType() != null) {
            String type = item.getMatrixType().value().substring(1).toUpperCase(java.util.Locale.ROOT);
            json.put("matrixType", Map.of("id", type, "refName", type));
        }
        json.put("isInactive", Boolean.TRUE.equals(item.isIsInactive()));
        put(json, "lastModifiedDate", instant(item.getLastModifiedDate()));
        put(json, "salesDescription", item.getSalesDescription());
        put(json, "storeDisplayName", item.getStoreDisplayName());
        put(json, "storeDetailedDescription", item.getStoreDetailedDescription());
        put(json, "class", ref(item.getClazz()));
        put(json, "weight", item.getWeight());
        if (item.getWeightUnit() != null) {
            String unit = item.getWeightUnit().value().substring(1);
            json.put("weightUnit", Map.of("id", unit, "refName", unit));
        }
        json.put("pricesIncludeTax", Boolean.TRUE.equals(item.isPricesIncludeTax()));
        if (item.getCustomFieldList() != null) {
            for (CustomFieldRef field : item.getCustomFieldList().getCustomField()) {
                put(json, field.getScriptId(), customValue(field));
            }
        }
        if (expand) {
            List<Object> options = new ArrayList<>();
            if (item.getMatrixOptionList() != null) {
                for (SelectCustomFieldRef option : item.getMatrixOptionList().getMatrixOption()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("scriptId", option.getScriptId());
                    put(row, "value", choice(option.getValue()));
                    options.add(row);
                }
            }
            json.put("matrixOption", sublist(options));
            json.put("price", sublist(prices(item)));
            json.put("translations", sublist(translations(item)));
        }
        return json;
    }

    /** One row per cell of the pricing matrix, in the matrix's order; a cell without a price has none. */
    private static List<Object> prices(InventoryItem item) {
        List<Object> cells = new ArrayList<>();
        if (item.getPricingMatrix() == null) {
            return cells;
        }
        for (Pricing pricing : item.getPricingMatrix().getPricing()) {
            if (pricing.getPriceList() == null) {
                continue;
            }
            for (Price price : pricing.getPriceList().getPrice()) {
                Map<String, Object> cell = new LinkedHashMap<>();
                put(cell, "priceLevel", ref(pricing.getPriceLevel()));
                put(cell, "currency", ref(pricing.getCurrency()));
                put(cell, "quantity", price.getQuantity());
                put(cell, "price", price.getValue());
                cells.add(cell);
            }
        }
        return cells;
    }

    private static List<Object> translations(InventoryItem item) {
        List<Object> rows = new ArrayList<>();
        if (item.getTranslationsList() == null) {
            return rows;
        }
        for (Translation translation : item.getTranslationsList().getTranslation()) {
            if (translation.getLocale() == null) {
                continue;
            }
            // REST names the language by its locale tag (en_GB); the account keeps SOAP's enumeration value.
            String tag = NetSuiteLanguage.localeTag(translation.getLocale())
                    .orElse(translation.getLocale().replaceFirst("^_", ""));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("locale", Map.of("id", tag));
            put(row, "displayName", translation.getDisplayName());
            put(row, "storeDisplayName", translation.getStoreDisplayName());
            put(row, "salesDescription", translation.getSalesDescription());
            put(row, "storeDetailedDescription", translation.getStoreDetailedDescription());
            rows.add(row);
        }
        return rows;
    }

    // ---- item fulfilment ----------------------------------------------------------------------------

    private static Map<String, Object> fulfilment(ItemFulfillment fulfilment, boolean expand) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", fulfilment.getInternalId());
        put(json, "externalId", fulfilment.getExternalId());
        put(json, "tranId", fulfilment.getTranId());
        put(json, "createdFrom", ref(fulfilment.getCreatedFrom()));
        if (fulfilment.getShipStatus() != null) {
            String status = fulfilment.getShipStatus().value().substring(1);
            String id = switch (status) {
                case "picked" -> "A";
                case "packed" -> "B";
                case "shipped" -> "C";
                default -> throw new IllegalStateException("ship status " + status);
            };
            json.put("shipStatus", Map.of("id", id, "refName", status.substring(0, 1).toUpperCase() + status.substring(1)));
        }
        put(json, "shipMethod", ref(fulfilment.getShipMethod()));
        put(json, "shippedDate", instant(fulfilment.getShippedDate()));
        put(json, "lastModifiedDate", instant(fulfilment.getLastModifiedDate()));
        if (expand) {
            List<Object> manual = new ArrayList<>();
            if (fulfilment.getPackageList() != null) {
                for (ItemFulfillmentPackage pkg : fulfilment.getPackageList().getPackage()) {
                    manual.add(pkg(pkg.getPackageTrackingNumber(), pkg.getPackageDescr(), pkg.getPackageWeight(), ""));
                }
            }
            List<Object> ups = new ArrayList<>();
            if (fulfilment.getPackageUpsList() != null) {
                for (ItemFulfillmentPackageUps pkg : fulfilment.getPackageUpsList().getPackageUps()) {
                    ups.add(pkg(pkg.getPackageTrackingNumberUps(), pkg.getPackageDescrUps(), pkg.getPackageWeightUps(),
                            "Ups"));
                }
            }
            List<Object> usps = new ArrayList<>();
            if (fulfilment.getPackageUspsList() != null) {
                for (ItemFulfillmentPackageUsps pkg : fulfilment.getPackageUspsList().getPackageUsps()) {
                    usps.add(pkg(pkg.getPackageTrackingNumberUsps(), pkg.getPackageDescrUsps(),
                            pkg.getPackageWeightUsps(), "Usps"));
                }
            }
            List<Object> fedEx = new ArrayList<>();
            if (fulfilment.getPackageFedExList() != null) {
                for (ItemFulfillmentPackageFedEx pkg : fulfilment.getPackageFedExList().getPackageFedEx()) {
                    fedEx.add(pkg(pkg.getPackageTrackingNumberFedEx(), null, pkg.getPackageWeightFedEx(), "FedEx"));
                }
            }
            json.put("package", sublist(manual));
            json.put("packageUps", sublist(ups));
            json.put("packageUsps", sublist(usps));
            json.put("packageFedEx", sublist(fedEx));
            List<Object> lines = new ArrayList<>();
            if (fulfilment.getItemList() != null) {
                for (ItemFulfillmentItem line : fulfilment.getItemList().getItem()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    put(row, "item", ref(line.getItem()));
                    put(row, "orderLine", line.getOrderLine());
                    put(row, "quantity", line.getQuantity());
                    put(row, "location", ref(line.getLocation()));
                    put(row, "itemReceive", line.isItemReceive());
                    lines.add(row);
                }
            }
            json.put("item", sublist(lines));
        }
        return json;
    }

    private static Map<String, Object> pkg(String trackingNumber, String description, Object weight, String carrier) {
        Map<String, Object> row = new LinkedHashMap<>();
        put(row, "packageTrackingNumber" + carrier, trackingNumber);
        put(row, "packageDescr" + carrier, description);
        put(row, "packageWeight" + carrier, weight);
        return row;
    }

    // ---- promotion code -----------------------------------------------------------------------------

    private static Map<String, Object> promotion(PromotionCode promotion, boolean expand) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", promotion.getInternalId());
        put(json, "code", promotion.getCode());
        put(json, "name", promotion.getName());
        put(json, "rate", promotion.getRate());
        put(json, "discountType", promotion.isDiscountType());
        put(json, "startDate", instant(promotion.getStartDate()));
        put(json, "endDate", instant(promotion.getEndDate()));
        json.put("isInactive", Boolean.TRUE.equals(promotion.isIsInactive()));
        put(json, "excludeItems", promotion.isExcludeItems());
        if (expand) {
            List<Object> currencies = new ArrayList<>();
            if (promotion.getCurrencyList() != null) {
                for (PromotionCodeCurrency currency : promotion.getCurrencyList().getCurrency()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    put(row, "currency", ref(currency.getCurrency()));
                    currencies.add(row);
                }
            }
            List<Object> items = new ArrayList<>();
            if (promotion.getItemsList() != null) {
                for (PromotionCodeItems item : promotion.getItemsList().getItems()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    put(row, "item", ref(item.getItem()));
                    items.add(row);
                }
            }
            json.put("currency", sublist(currencies));
            json.put("items", sublist(items));
        }
        return json;
    }

    // ---- values -------------------------------------------------------------------------------------

    /** Custom fields as the record API gives them: text, numbers, booleans, dates, choices by id and name. */
    private static Object customValue(CustomFieldRef field) {
        if (field instanceof StringCustomFieldRef string) {
            return string.getValue();
        }
        if (field instanceof LongCustomFieldRef number) {
            return number.getValue();
        }
        if (field instanceof DoubleCustomFieldRef number) {
            return number.getValue();
        }
        if (field instanceof BooleanCustomFieldRef flag) {
            return flag.isValue();
        }
        if (field instanceof DateCustomFieldRef date) {
            return date.getValue() == null ? null : date.getValue().toString();
        }
        if (field instanceof SelectCustomFieldRef select) {
            return choice(select.getValue());
        }
        if (field instanceof MultiSelectCustomFieldRef multi) {
            List<Object> choices = new ArrayList<>();
            multi.getValue().forEach(value -> choices.add(choice(value)));
            return sublist(choices);
        }
        return null;
    }

    private static Map<String, Object> choice(ListOrRecordRef value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        put(json, "id", value.getInternalId());
        put(json, "refName", value.getName());
        return json;
    }

    private static Map<String, Object> ref(RecordRef ref) {
        if (ref == null || (ref.getInternalId() == null && ref.getName() == null)) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        put(json, "id", ref.getInternalId());
        put(json, "refName", ref.getName());
        return json;
    }

    private static Map<String, Object> sublist(List<Object> rows) {
        return Map.of("items", rows);
    }

    private static String instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }

    private static void put(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
