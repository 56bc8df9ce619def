package io.suitetok.netsuite.gateway.soap;

import com.netsuite.webservices.lists.accounting_2025_2.InventoryItem;
import com.netsuite.webservices.lists.accounting_2025_2.Price;
import com.netsuite.webservices.lists.accounting_2025_2.Pricing;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.netsuite.gateway.ItemPricing;
import io.suitetok.netsuite.gateway.PriceBreak;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A SuiteTalk {@code InventoryItem}'s pricing matrix, quantity breaks included, as {@link ItemPricing}. */
final class ItemPricingMapper {

    private ItemPricingMapper() {
    }

    static ItemPricing toPricing(InventoryItem item) {
        return new ItemPricing(new NetSuiteInternalId(item.getInternalId()), new SellerSku(item.getItemId()),
                Boolean.TRUE.equals(item.isPricesIncludeTax()), breaks(item),
                WireValues.instant(item.getLastModifiedDate()));
    }

    private static List<PriceBreak> breaks(InventoryItem item) {
        List<PriceBreak> breaks = new ArrayList<>();
        if (item.getPricingMatrix() == null) {
            return breaks;
        }
        for (Pricing pricing : item.getPricingMatrix().getPricing()) {
            if (pricing.getPriceLevel() == null || pricing.getPriceList() == null) {
                continue;
            }
            for (Price price : pricing.getPriceList().getPrice()) {
                // A cell without a value is a level the item is not sold at in that currency, not a free item.
                if (price.getValue() == null) {
                    continue;
                }
                // NetSuite leaves the quantity out of the first (single-unit) cell.
                BigDecimal from = price.getQuantity() == null ? BigDecimal.ZERO : price.getQuantity();
                breaks.add(new PriceBreak(WireValues.id(pricing.getPriceLevel()), WireValues.id(pricing.getCurrency()),
                        from, price.getValue()));
            }
        }
        return breaks;
    }
}
