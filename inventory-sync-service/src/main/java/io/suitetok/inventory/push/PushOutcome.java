package io.suitetok.inventory.push;

import io.suitetok.inventory.push.PushPlanner.Claim;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome.ExtraError;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome.SkuError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads which values of one Update Inventory call TikTok refused inside a code-0 answer. Recording a
 * refused value as accepted is the expensive mistake (the hub would believe TikTok shows it and never
 * send it again), so anything the hub cannot attribute counts as refused: an error naming no SKU, or a
 * SKU that was not in the call, refuses every value of the call. TikTok applies a SKU's warehouses
 * together, so an error about one warehouse refuses the SKU's other warehouses too; the warehouse's
 * own message goes to its value.
 */
final class PushOutcome {

    private PushOutcome() {
    }

    /** @return the refused claims with TikTok's reason; a claim not in the map was accepted */
    static Map<Claim, String> refusals(List<Claim> claims, SkuUpdateOutcome outcome) {
        Map<Claim, String> refused = new LinkedHashMap<>();
        for (SkuError error : outcome.errors()) {
            String skuId = error.detail() == null ? null : error.detail().skuId();
            List<Claim> named = claims.stream().filter(claim -> skuId != null && skuId.equals(claim.skuId())).toList();
            if (named.isEmpty()) {
                String reason = describe(error) + (skuId == null ? " (no SKU named: every value of the call is retried)"
                        : " (SKU " + skuId + " was not in the call: every value of the call is retried)");
                claims.forEach(claim -> refused.putIfAbsent(claim, reason));
                continue;
            }
            for (Claim claim : named) {
                refused.put(claim, warehouseReason(error, claim.key().warehouseId()));
            }
        }
        return refused;
    }

    private static String warehouseReason(SkuError error, String warehouseId) {
        List<ExtraError> extra = error.detail().extraErrors() == null ? List.of() : error.detail().extraErrors();
        return extra.stream().filter(e -> Objects.equals(e.warehouseId(), warehouseId)).findFirst()
                .map(e -> e.code() + " " + e.message() + " (warehouse " + warehouseId + ")")
                .orElseGet(() -> describe(error));
    }

    private static String describe(SkuError error) {
        return error.code() + " " + error.message();
    }
}
