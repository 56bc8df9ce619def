package io.suitetok.inventory.config;

import io.suitetok.inventory.sellable.ChannelRules;
import io.suitetok.inventory.sellable.SafetyStock;
import io.suitetok.inventory.sellable.SellableQuantity;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where one TikTok shop's stock comes from, and how much of it the shop shows.
 *
 * @param locations           NetSuite location internal id to the TikTok warehouse it feeds; several
 *                            locations may feed one warehouse, a location not listed feeds none
 * @param defaultWarehouse    the warehouse a TikTok order counts against when it names none
 * @param safetyStock         per seller SKU: units ({@code 5}) or a percentage ({@code 10%})
 * @param defaultSafetyStock  for SKUs not listed in {@code safetyStock}
 * @param maxListed           never show more than this on TikTok
 * @param outOfStockThreshold at or below this, show 0
 * @param includeInTransit    count NetSuite's on-order units as sellable
 */
public record ShopInventorySettings(
        @NotBlank String shopId,
        @DefaultValue Map<String, String> locations,
        String defaultWarehouse,
        @DefaultValue Map<String, String> safetyStock,
        @DefaultValue("0") String defaultSafetyStock,
        @Min(0) @Max(SellableQuantity.TIKTOK_MAXIMUM) @DefaultValue("99999") long maxListed,
        @Min(0) @DefaultValue("0") long outOfStockThreshold,
        @DefaultValue("false") boolean includeInTransit) {

    public ShopInventorySettings {
        SafetyStock.parse(defaultSafetyStock); // refuse bad configuration at start-up, not mid-sale
        safetyStock.values().forEach(SafetyStock::parse);
    }

    /** Every TikTok warehouse some location feeds, in configuration order. */
    public Set<String> warehouses() {
        return new LinkedHashSet<>(locations.values());
    }

    public List<String> locationsFeeding(String warehouseId) {
        List<String> feeding = new ArrayList<>();
        locations.forEach((location, warehouse) -> {
            if (warehouse.equals(warehouseId)) {
                feeding.add(location);
            }
        });
        return feeding;
    }

    /**
     * The warehouse an order's units count against: the one it names when this shop stocks it, else the
     * default. An order naming a warehouse the configuration does not list still took units off TikTok;
     * not counting it anywhere would hand those units back with the next push.
     */
    public String orderWarehouse(String named) {
        if (named != null && !named.isBlank() && warehouses().contains(named)) {
            return named;
        }
        return defaultOrderWarehouse();
    }

    /** Whether orders naming this warehouse are counted against another one. */
    public boolean isUnknownWarehouse(String named) {
        return named != null && !named.isBlank() && !warehouses().contains(named);
    }

    private String defaultOrderWarehouse() {
        if (defaultWarehouse != null && !defaultWarehouse.isBlank()) {
            return defaultWarehouse;
        }
        return warehouses().stream().findFirst().orElse(null);
    }

    public SafetyStock safetyStockOf(String sellerSku) {
        return SafetyStock.parse(safetyStock.getOrDefault(sellerSku, defaultSafetyStock));
    }

    public ChannelRules rules() {
        return new ChannelRules(maxListed, outOfStockThreshold, includeInTransit);
    }
}
