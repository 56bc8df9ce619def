package io.suitetok.tiktok.model.shop;

/** A TikTok warehouse; stock updates name one by id. */
public record Warehouse(String id, String name, String effectStatus, Boolean isDefault, String type,
        String subType) {
}
