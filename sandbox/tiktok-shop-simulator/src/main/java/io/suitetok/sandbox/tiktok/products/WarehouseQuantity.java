package io.suitetok.sandbox.tiktok.products;

/** {@code inventory[{warehouse_id, quantity}]}: the absolute stock of a SKU in one warehouse. */
public record WarehouseQuantity(String warehouseId, int quantity) {
}
