package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.accounting_2025_2.Price;
import com.netsuite.webservices.lists.accounting_2025_2.Pricing;
import com.netsuite.webservices.lists.accounting_2025_2.Translation;
import com.netsuite.webservices.lists.accounting_2025_2.types.ItemMatrixType;
import com.netsuite.webservices.platform.core_2025_2.CustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.SelectCustomFieldRef;
import com.netsuite.webservices.platform.core_2025_2.StringCustomFieldRef;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.netsuite.gateway.ItemPrice;
import io.suitetok.netsuite.gateway.ItemSnapshot;
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

    /** Text and list custom fields as text; other kinds are not used by the hub. */
    private static Map<String, String> customFields(InventoryItem item) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (item.getCustomFieldList() != null) {
            for (CustomFieldRef field : item.getCustomFieldList().getCustomField()) {
                if (field instanceof StringCustomFieldRef text && text.getValue() != null) {
                    fields.put(field.getScriptId(), text.getValue());
                } else if (field instanceof SelectCustomFieldRef select && select.getValue() != null
                        && select.getValue().getName() != null) {
                    fields.put(field.getScriptId(), select.getValue().getName());
                }
            }
        }
        return fields;
    }

    private static Map<String, ItemSnapshot.Copy> translations(InventoryItem item) {
        Map<String, ItemSnapshot.Copy> copies = new LinkedHashMap<>();
        if (item.getTranslationsList() != null) {
            for (Translation translation : item.getTranslationsList().getTranslation()) {
                if (translation.getLocale() != null) {
                    copies.put(translation.getLocale().replaceFirst("^_", ""), new ItemSnapshot.Copy(
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
