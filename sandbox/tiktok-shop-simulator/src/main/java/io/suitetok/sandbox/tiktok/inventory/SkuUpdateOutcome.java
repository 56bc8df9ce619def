package io.suitetok.sandbox.tiktok.inventory;

import java.util.List;

/**
 * The per-SKU refusals of Update Inventory and Update Price, in TikTok's documented shape (reference
 * §5): a code-0 answer with {@code data.errors[{code, message, detail{sku_id, extra_errors[{code,
 * message, warehouse_id}]}}]}.
 */
public final class SkuUpdateOutcome {

    private SkuUpdateOutcome() {
    }

    public record SkuError(Long code, String message, Detail detail) {
    }

    public record Detail(String skuId, List<ExtraError> extraErrors) {
    }

    public record ExtraError(Long code, String message, String warehouseId) {
    }
}
