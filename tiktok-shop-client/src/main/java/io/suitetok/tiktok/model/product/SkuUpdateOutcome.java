package io.suitetok.tiktok.model.product;

import java.util.List;

/**
 * What an inventory or price update said per SKU. TikTok answers {@code code 0} and still lists SKUs
 * it refused in {@code errors}; they are returned to the caller, never swallowed.
 */
public record SkuUpdateOutcome(List<SkuError> errors) {

    public SkuUpdateOutcome {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean allAccepted() {
        return errors.isEmpty();
    }

    public List<String> refusedSkuIds() {
        return errors.stream().map(error -> error.detail() == null ? null : error.detail().skuId()).toList();
    }

    public record SkuError(Long code, String message, Detail detail) {
    }

    public record Detail(String skuId, List<ExtraError> extraErrors) {
    }

    public record ExtraError(Long code, String message, String warehouseId) {
    }
}
