package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.accounting_2025_2.Price;
import com.netsuite.webservices.lists.accounting_2025_2.Pricing;
import com.netsuite.webservices.lists.accounting_2025_2.Translation;
import com.netsuite.webservices.lists.accounting_2025_2.types.ItemMatrixType;
import com.netsuite.webservices.platform.core_2025_2.BooleanCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.CustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.DateCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.DoubleCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.ListOrRecordRef;
import com.netsuite.webservices.platform.core_2025_2.LongCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.MultiSelectCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.SelectCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.StringCustomFieldRef;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.netsuite.gateway.ItemPrice;
import io.suitetok.netsuite.gateway.ItemSnapshot;
import io.suitetok.netsuite.wire.NetSuiteLanguage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A SuiteTalk {@code InventoryItem} as an {@link ItemSnapshot}. */
final class ItemSnapshotMapper {

    private ItemSnapshotMapper() {
    }

    static ItemSnapshot toSnapshot(InventoryItem item) {
        return new ItemSnapshot(new NetSuiteInternalId(item.getInternalId()), new SellerSku(item.getItemId()),
                item.getDisplayName(), item.getUpcCode(), WireValues.id(item.getParent()),
                role(item.getMatrixType()),
                matrixOptions(item), Boolean.TRUE.equals(item.isIsInactive()), prices(item),
                item.getLastModifiedDate() == null ? null : item.getLastModifiedDate().toInstant(),
                merchandising(item));
    }

    private static ItemSnapshot.Merchandising merchandising(InventoryItem item) {
        return new ItemSnapshot.Merchandising(item.getSalesDescription(), item.getStoreDisplayName(),
                item.getStoreDetailedDescription(), item.getClazz() == null ? null : item.getClazz().getName(),
                item.getWeight(), item.getWeightUnit() == null ? null : item.getWeightUnit().value().substring(1),
                customFields(item), translations(item));
    }

    /**
     * Every kind of custom field NetSuite has, as text: numbers in plain decimal, dates in ISO-8601, a
     * list choice by its name, several choices by their names joined with ", ".
     */
    private static Map<String, String> customFields(InventoryItem item) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (item.getCustomFieldList() != null) {
            for (CustomFieldRef field : item.getCustomFieldList().getCustomField()) {
                String text = text(field);
                if (text != null) {
                    fields.put(field.getScriptId(), text);
                }
            }
        }
        return fields;
    }

    private static String text(CustomFieldRef field) {
        if (field instanceof StringCustomFieldRef string) {
            return string.getValue();
        }
        if (field instanceof LongCustomFieldRef number) {
            return String.valueOf(number.getValue());
        }
        if (field instanceof DoubleCustomFieldRef number) {
            return number.getValue() == null ? null : number.getValue().toPlainString();
        }
        if (field instanceof BooleanCustomFieldRef flag) {
            return String.valueOf(flag.isValue());
        }
        if (field instanceof DateCustomFieldRef date) {
            return date.getValue() == null ? null : date.getValue().toString();
        }
        if (field instanceof SelectCustomFieldRef select) {
            return select.getValue() == null ? null : select.getValue().getName();
        }
        if (field instanceof MultiSelectCustomFieldRef multi) {
            List<String> names = multi.getValue().stream().map(ListOrRecordRef::getName)
                    .filter(java.util.Objects::nonNull).toList();
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    private static Map<String, ItemSnapshot.Copy> translations(InventoryItem item) {
        Map<String, ItemSnapshot.Copy> copies = new LinkedHashMap<>();
        if (item.getTranslationsList() != null) {
            for (Translation translation : item.getTranslationsList().getTranslation()) {
                if (translation.getLocale() != null) {
                    // Keyed by the hub's locale tag (en_GB); a value outside the table keeps NetSuite's name.
                    String language = NetSuiteLanguage.localeTag(translation.getLocale())
                            .orElse(translation.getLocale().replaceFirst("^_", ""));
                    copies.put(language, new ItemSnapshot.Copy(
                            firstText(translation.getStoreDisplayName(), translation.getDisplayName()),
                            firstText(translation.getStoreDetailedDescription(), translation.getSalesDescription())));
                }
            }
        }
        return copies;
    }

    private static String firstText(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }

    private static ItemSnapshot.MatrixRole role(ItemMatrixType type) {
        if (type == null) {
            return ItemSnapshot.MatrixRole.STANDALONE;
        }
        return type == ItemMatrixType.PARENT ? ItemSnapshot.MatrixRole.PARENT : ItemSnapshot.MatrixRole.CHILD;
    }

    private static Map<String, String> matrixOptions(InventoryItem item) {
        Map<String, String> options = new LinkedHashMap<>();
        if (item.getMatrixOptionList() != null) {
            for (SelectCustomFieldRef option : item.getMatrixOptionList().getMatrixOption()) {
                if (option.getScriptId() != null && option.getValue() != null && option.getValue().getName() != null) {
                    options.put(option.getScriptId(), option.getValue().getName());
                }
            }
        }
        return options;
    }

    /** The price for quantity 0 (the single-unit price) of each price level and currency. */
    private static List<ItemPrice> prices(InventoryItem item) {
        List<ItemPrice> prices = new ArrayList<>();
        if (item.getPricingMatrix() == null) {
            return prices;
        }
        for (Pricing pricing : item.getPricingMatrix().getPricing()) {
            if (pricing.getPriceLevel() == null || pricing.getPriceList() == null) {
                continue;
            }
            pricing.getPriceList().getPrice().stream()
                    .filter(price -> price.getValue() != null)
                    .filter(price -> price.getQuantity() == null || price.getQuantity().signum() == 0)
                    .map(Price::getValue)
                    .findFirst()
                    .ifPresent(value -> prices.add(new ItemPrice(WireValues.id(pricing.getPriceLevel()),
                            WireValues.id(pricing.getCurrency()), value)));
        }
        return prices;
    }
}
