package io.suitetok.tiktok.model.promotion;

/**
 * Whether an activity's terms are set per product (every SKU of it alike) or per SKU (TikTok calls
 * that level VARIATION).
 */
public enum ProductLevel {
    PRODUCT,
    VARIATION
}
