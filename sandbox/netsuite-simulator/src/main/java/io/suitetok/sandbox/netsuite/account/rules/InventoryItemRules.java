package io.suitetok.sandbox.netsuite.account.rules;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.accounting_2025_2.Pricing;
import com.netsuite.webservices.lists.accounting_2025_2.types.ItemMatrixType;
import com.netsuite.webservices.platform.core_2025_2.Record;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.RecordType;
import io.suitetok.sandbox.netsuite.account.RecordError;

/**
 * Inventory items: a unique item name, an existing matrix parent for a child, existing price levels
 * in the pricing matrix. Quantities are not written through the item: they come from the inventory
 * ledger whenever the item is read.
 */
public final class InventoryItemRules implements RecordRules<InventoryItem> {

    @Override
    public Class<InventoryItem> type() {
        return InventoryItem.class;
    }

    @Override
    public void validate(Write<InventoryItem> write, AccountAccess account) {
        InventoryItem item = write.record();
        if (item.getItemId() == null || item.getItemId().isBlank()) {
            throw RecordError.missingValue("Item Name/Number");
        }
        for (Record other : account.all(RecordType.INVENTORY_ITEM)) {
            InventoryItem existing = (InventoryItem) other;
            if (item.getItemId().equals(existing.getItemId()) && !existing.getInternalId().equals(item.getInternalId())) {
                throw new RecordError("DUP_RCRD", "The item name you have chosen is already used.");
            }
        }
        if (item.getMatrixType() == ItemMatrixType.CHILD && item.getParent() == null) {
            throw RecordError.missingValue("Subitem of");
        }
        account.requireIfPresent(RecordType.INVENTORY_ITEM, item.getParent(), "parent");
        if (item.getSubsidiaryList() != null) {
            for (RecordRef subsidiary : item.getSubsidiaryList().getRecordRef()) {
                account.requireIfPresent(RecordType.SUBSIDIARY, subsidiary, "subsidiary");
            }
        }
        if (item.getPricingMatrix() != null) {
            for (Pricing pricing : item.getPricingMatrix().getPricing()) {
                account.requireIfPresent(RecordType.PRICE_LEVEL, pricing.getPriceLevel(), "pricelevel");
                account.requireCurrencyIfPresent(pricing.getCurrency());
            }
        }
    }

    @Override
    public void apply(Write<InventoryItem> write, AccountAccess account) {
        InventoryItem item = write.record();
        item.setLocationsList(null);
        item.setQuantityOnHand(null);
        item.setQuantityAvailable(null);
        item.setQuantityCommitted(null);
        item.setQuantityOnOrder(null);
        item.setQuantityBackOrdered(null);
    }
}
