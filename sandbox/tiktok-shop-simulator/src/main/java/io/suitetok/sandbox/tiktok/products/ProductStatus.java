package io.suitetok.sandbox.tiktok.products;

/** TikTok's product statuses (Get Product / Search Products). */
public enum ProductStatus {
    DRAFT, PENDING, FAILED, ACTIVATE, SELLER_DEACTIVATED, PLATFORM_DEACTIVATED, FREEZE, DELETED;

    public boolean live() {
        return this == ACTIVATE;
    }
}
