package io.suitetok.sandbox.tiktok.orders;

import java.math.BigDecimal;

/**
 * One unit of one SKU in an order: TikTok has no quantity on line items. Prices and discounts are
 * per unit; {@code salePrice = originalPrice - sellerDiscount - platformDiscount}. Mutated only
 * under the {@code StateLock}.
 */
public final class SimLine {

    final String id;
    final String skuId;
    final String productId;
    final String productName;
    final String skuName;
    final String sellerSku;
    final String currency;
    final BigDecimal originalPrice;
    final BigDecimal sellerDiscount;
    final BigDecimal platformDiscount;
    final BigDecimal salePrice;
    final BigDecimal tax;
    final BigDecimal taxRate;
    final boolean gift;
    final BigDecimal giftRetailPrice;
    final String skuType;
    String displayStatus;
    String packageId;
    boolean cancelled;
    String cancelReason;
    String cancelUser;
    /** The return this line is in while it is open; lines in one open return cannot join another. */
    String openReturnId;
    boolean refunded;

    SimLine(String id, String skuId, String productId, String productName, String skuName, String sellerSku,
            String currency, BigDecimal originalPrice, BigDecimal sellerDiscount, BigDecimal platformDiscount,
            BigDecimal tax, BigDecimal taxRate, boolean gift, BigDecimal giftRetailPrice, String skuType) {
        this.id = id;
        this.skuId = skuId;
        this.productId = productId;
        this.productName = productName;
        this.skuName = skuName;
        this.sellerSku = sellerSku;
        this.currency = currency;
        this.originalPrice = originalPrice;
        this.sellerDiscount = sellerDiscount;
        this.platformDiscount = platformDiscount;
        this.salePrice = originalPrice.subtract(sellerDiscount).subtract(platformDiscount);
        this.tax = tax;
        this.taxRate = taxRate;
        this.gift = gift;
        this.giftRetailPrice = giftRetailPrice;
        this.skuType = skuType;
    }

    public String id() {
        return id;
    }

    public String skuId() {
        return skuId;
    }

    public String productName() {
        return productName;
    }

    public String skuName() {
        return skuName;
    }

    public String sellerSku() {
        return sellerSku;
    }

    public BigDecimal originalPrice() {
        return originalPrice;
    }

    public BigDecimal sellerDiscount() {
        return sellerDiscount;
    }

    public BigDecimal platformDiscount() {
        return platformDiscount;
    }

    public BigDecimal salePrice() {
        return salePrice;
    }

    public BigDecimal tax() {
        return tax;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public boolean refunded() {
        return refunded;
    }

    public boolean gift() {
        return gift;
    }

    public String skuType() {
        return skuType;
    }

    /** What the buyer gets back for this unit: what they paid for it, tax included. */
    public BigDecimal refundAmount() {
        return salePrice.add(tax);
    }
}
