package io.suitetok.tiktok.model.product;

import java.util.List;

/**
 * Get Product: status is one of DRAFT, PENDING, FAILED, ACTIVATE, SELLER_DEACTIVATED,
 * PLATFORM_DEACTIVATED, FREEZE, DELETED. Every create, edit or activation is audited asynchronously.
 */
public record ProductDetail(
        String id,
        String status,
        String title,
        String description,
        List<SkuDetail> skus,
        List<AuditFailure> auditFailedReasons,
        Long updateTime) {

    public record SkuDetail(String id, String sellerSku, SkuPrice price, List<WarehouseQuantity> inventory) {
    }

    public record SkuPrice(String currency, String salePrice, String taxExclusivePrice) {
    }

    public record AuditFailure(String position, List<String> reasons, List<String> suggestions) {
    }
}
