package io.suitetok.pricing.price;

import io.suitetok.netsuite.gateway.ItemPricing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One NetSuite item's pricing matrix as this service reads it: every price level, currency and
 * quantity break, and when NetSuite last changed the item (the version that orders prices).
 */
public record ItemPrices(String itemId, boolean pricesIncludeTax, List<Cell> cells, Instant lastModified) {

    public ItemPrices {
        cells = List.copyOf(cells);
    }

    /** The matrix as NetSuite's gateway read it. */
    public static ItemPrices of(ItemPricing read) {
        return new ItemPrices(read.item().value(), read.pricesIncludeTax(), read.prices().stream()
                .map(cell -> new Cell(cell.priceLevel().value(), cell.currency().value(), cell.minQuantity(),
                        cell.unitPrice())).toList(), read.lastModified());
    }

    /**
     * @param minQuantity 0 or 1 for the unit price; more for a quantity break
     */
    public record Cell(String priceLevel, String currency, BigDecimal minQuantity, BigDecimal unitPrice) {

        boolean isUnitPrice() {
            return minQuantity == null || minQuantity.compareTo(BigDecimal.ONE) <= 0;
        }
    }
}
