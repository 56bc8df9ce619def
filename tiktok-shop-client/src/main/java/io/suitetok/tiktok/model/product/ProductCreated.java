package io.suitetok.tiktok.model.product;

import java.util.List;

/**
 * Create Product's answer. TikTok may silently clear a field it did not accept and say so only in
 * {@code warnings}: callers must read them.
 */
public record ProductCreated(String productId, List<CreatedSku> skus, List<Warning> warnings) {

    public record CreatedSku(String id, String sellerSku) {
    }

    public record Warning(String message) {
    }
}
