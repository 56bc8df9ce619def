package io.suitetok.sandbox.tiktok.shops;

/**
 * A warehouse of a shop as Get Warehouses shows it. Only SALES_WAREHOUSE ones hold sellable stock;
 * a RETURN_WAREHOUSE is listed (TikTok lists both) but refuses stock updates.
 */
public record SimWarehouse(String id, String name, boolean isDefault, String type, String subType,
        WarehouseAddress address) {

    public static final String SALES = "SALES_WAREHOUSE";
    public static final String RETURNS = "RETURN_WAREHOUSE";

    public boolean sellable() {
        return SALES.equals(type);
    }

    public record WarehouseAddress(String regionCode, String state, String city, String postalCode,
            String fullAddress, String contactPerson, String phoneNumber) {
    }
}
