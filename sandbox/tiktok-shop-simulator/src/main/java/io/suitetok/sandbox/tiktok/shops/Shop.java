package io.suitetok.sandbox.tiktok.shops;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One TikTok shop of the seller: its id, the cipher that names it on shop calls, its market and
 * currency, its warehouses, and the auth code a test exchanges for its tokens.
 *
 * @param salesTaxRate US marketplace sales tax added on top of pre-tax prices; zero where prices
 *                     include VAT (UK)
 */
public record Shop(String id, String name, String region, String currency, String sellerType, String cipher,
        String code, String authCode, BigDecimal salesTaxRate, List<SimWarehouse> warehouses) {

    public Shop {
        warehouses = List.copyOf(warehouses);
    }

    public Optional<SimWarehouse> warehouse(String warehouseId) {
        return warehouses.stream().filter(w -> w.id().equals(warehouseId)).findFirst();
    }

    /** Where orders ship from and where stock goes when a request names no warehouse. */
    public SimWarehouse defaultWarehouse() {
        return warehouses.stream().filter(w -> w.isDefault() && w.sellable()).findFirst()
                .orElseGet(() -> warehouses.stream().filter(SimWarehouse::sellable).findFirst().orElseThrow());
    }

    public List<SimWarehouse> sellableWarehouses() {
        return warehouses.stream().filter(SimWarehouse::sellable).toList();
    }
}
