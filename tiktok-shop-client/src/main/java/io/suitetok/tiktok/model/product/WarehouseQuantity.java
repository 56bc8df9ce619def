package io.suitetok.tiktok.model.product;

/** Absolute stock of one SKU in one warehouse (TikTok takes 0 to 99,999 here). */
public record WarehouseQuantity(String warehouseId, int quantity) {
}
