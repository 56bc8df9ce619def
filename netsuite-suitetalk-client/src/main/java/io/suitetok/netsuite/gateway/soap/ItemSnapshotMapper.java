package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.accounting_2025_2.Price;
import com.netsuite.webservices.lists.accounting_2025_2.Pricing;
import com.netsuite.webservices.lists.accounting_2025_2.types.ItemMatrixType;
import com.netsuite.webservices.platform.core_2025_2.SelectCustomFieldRef;
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
                item.getLastModifiedDate() == null ? null : item.getLastModifiedDate().toInstant());
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
