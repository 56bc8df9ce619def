package io.suitetok.sandbox.tiktok.inventory;

import io.suitetok.sandbox.tiktok.protocol.ErrorCodes;
import io.suitetok.sandbox.tiktok.inventory.SkuUpdateOutcome.Detail;
import io.suitetok.sandbox.tiktok.inventory.SkuUpdateOutcome.ExtraError;
import io.suitetok.sandbox.tiktok.inventory.SkuUpdateOutcome.SkuError;
import java.util.List;

/**
 * The per-SKU refusals inside a successful (code 0) inventory or price update, in TikTok's shape
 * {@code errors[{code, message, detail{sku_id, extra_errors[{code, message, warehouse_id}]}}]}.
 */
final class SkuErrors {

    private SkuErrors() {
    }

    static SkuError of(String skuId, String message, List<ExtraError> extra) {
        return new SkuError(ErrorCodes.SKU_UPDATE_FAILED, message, new Detail(skuId, extra));
    }

    static ExtraError warehouse(String warehouseId, String message) {
        return new ExtraError(ErrorCodes.SKU_UPDATE_FAILED, message, warehouseId);
    }
}
