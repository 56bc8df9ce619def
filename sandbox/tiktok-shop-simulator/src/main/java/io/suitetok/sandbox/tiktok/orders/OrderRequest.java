package io.suitetok.sandbox.tiktok.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An order a buyer places, as tests and the local stack describe it (control API). Each item
 * becomes {@code quantity} unit lines. Amounts are per unit and in the shop's currency.
 *
 * @param paid                    false leaves the order UNPAID
 * @param onHold                  paid but ON_HOLD (the buyer may still cancel freely)
 * @param shippingType            TIKTOK (platform label, seller charged in the statement) or SELLER
 * @param affiliateCommissionRate share of the seller-discounted subtotal paid to a creator, e.g. 0.10
 * @param createTime              Unix seconds; null means now (set it to backdate an order)
 * @param allowOversell           place the order even if stock is short (stock goes negative)
 * @param buyerFees               buyer-paid charges of the payment block by TikTok's field name
 *                                ({@code buyer_service_fee}, {@code handling_fee}, {@code item_insurance_fee},
 *                                {@code shipping_insurance_fee}, {@code small_order_fee}); part of {@code total_amount}
 */
public record OrderRequest(String shopId, List<Item> items, String warehouseId, Boolean paid, Boolean onHold,
        String shippingType, BigDecimal shippingFee, BigDecimal shippingSellerDiscount,
        BigDecimal shippingPlatformDiscount, Buyer buyer, BigDecimal affiliateCommissionRate, Long createTime,
        Boolean allowOversell, String buyerMessage, Map<String, BigDecimal> buyerFees) {

    /** The buyer-paid charges TikTok itemises in the payment block (reference §3.2). */
    public static final Set<String> BUYER_FEE_FIELDS = Set.of("buyer_service_fee", "handling_fee",
            "item_insurance_fee", "shipping_insurance_fee", "small_order_fee");

    /** Absent flags mean false: JSON callers of the control API may leave them out. */
    public OrderRequest {
        items = items == null ? List.of() : List.copyOf(items);
        allowOversell = Boolean.TRUE.equals(allowOversell);
        buyerFees = buyerFees == null ? Map.of() : Map.copyOf(buyerFees);
    }

    /** The request from before buyer-paid charges: none. */
    public OrderRequest(String shopId, List<Item> items, String warehouseId, Boolean paid, Boolean onHold,
            String shippingType, BigDecimal shippingFee, BigDecimal shippingSellerDiscount,
            BigDecimal shippingPlatformDiscount, Buyer buyer, BigDecimal affiliateCommissionRate, Long createTime,
            Boolean allowOversell, String buyerMessage) {
        this(shopId, items, warehouseId, paid, onHold, shippingType, shippingFee, shippingSellerDiscount,
                shippingPlatformDiscount, buyer, affiliateCommissionRate, createTime, allowOversell, buyerMessage,
                Map.of());
    }

    /** The buyer also pays these charges (TikTok's field name to amount), on top of goods, shipping and tax. */
    public OrderRequest withBuyerFees(Map<String, BigDecimal> fees) {
        return new OrderRequest(shopId, items, warehouseId, paid, onHold, shippingType, shippingFee,
                shippingSellerDiscount, shippingPlatformDiscount, buyer, affiliateCommissionRate, createTime,
                allowOversell, buyerMessage, fees);
    }

    public static OrderRequest of(String shopId, Item... items) {
        return new OrderRequest(shopId, List.of(items), null, true, false, "TIKTOK", null, null, null, null, null,
                null, false, null, Map.of());
    }

    public OrderRequest unpaid() {
        return new OrderRequest(shopId, items, warehouseId, false, false, shippingType, shippingFee,
                shippingSellerDiscount, shippingPlatformDiscount, buyer, affiliateCommissionRate, createTime,
                allowOversell, buyerMessage, buyerFees);
    }

    public OrderRequest heldOnHold() {
        return new OrderRequest(shopId, items, warehouseId, true, true, shippingType, shippingFee,
                shippingSellerDiscount, shippingPlatformDiscount, buyer, affiliateCommissionRate, createTime,
                allowOversell, buyerMessage, buyerFees);
    }

    public OrderRequest fromWarehouse(String warehouse) {
        return new OrderRequest(shopId, items, warehouse, paid, onHold, shippingType, shippingFee,
                shippingSellerDiscount, shippingPlatformDiscount, buyer, affiliateCommissionRate, createTime,
                allowOversell, buyerMessage, buyerFees);
    }

    public OrderRequest withShipping(String type, BigDecimal fee, BigDecimal sellerDiscount,
            BigDecimal platformDiscount) {
        return new OrderRequest(shopId, items, warehouseId, paid, onHold, type, fee, sellerDiscount,
                platformDiscount, buyer, affiliateCommissionRate, createTime, allowOversell, buyerMessage, buyerFees);
    }

    public OrderRequest withBuyer(Buyer who) {
        return new OrderRequest(shopId, items, warehouseId, paid, onHold, shippingType, shippingFee,
                shippingSellerDiscount, shippingPlatformDiscount, who, affiliateCommissionRate, createTime,
                allowOversell, buyerMessage, buyerFees);
    }

    public OrderRequest withAffiliateCommission(BigDecimal rate) {
        return new OrderRequest(shopId, items, warehouseId, paid, onHold, shippingType, shippingFee,
                shippingSellerDiscount, shippingPlatformDiscount, buyer, rate, createTime, allowOversell,
                buyerMessage, buyerFees);
    }

    public OrderRequest createdAt(long epochSeconds) {
        return new OrderRequest(shopId, items, warehouseId, paid, onHold, shippingType, shippingFee,
                shippingSellerDiscount, shippingPlatformDiscount, buyer, affiliateCommissionRate, epochSeconds,
                allowOversell, buyerMessage, buyerFees);
    }

    public OrderRequest allowingOversell() {
        return new OrderRequest(shopId, items, warehouseId, paid, onHold, shippingType, shippingFee,
                shippingSellerDiscount, shippingPlatformDiscount, buyer, affiliateCommissionRate, createTime, true,
                buyerMessage, buyerFees);
    }

    /**
     * @param sku              TikTok SKU id or seller SKU
     * @param sellerDiscount   per unit, funded by the seller
     * @param platformDiscount per unit, funded by TikTok (paid back to the seller in settlement)
     * @param gift             a free gift unit: zero price
     */
    public record Item(String sku, int quantity, BigDecimal sellerDiscount, BigDecimal platformDiscount,
            Boolean gift) {

        public Item {
            gift = Boolean.TRUE.equals(gift);
        }

        public static Item of(String sku, int quantity) {
            return new Item(sku, quantity, null, null, false);
        }

        public static Item discounted(String sku, int quantity, String sellerDiscount, String platformDiscount) {
            return new Item(sku, quantity, new BigDecimal(sellerDiscount), new BigDecimal(platformDiscount), false);
        }

        public static Item gift(String sku) {
            return new Item(sku, 1, null, null, true);
        }
    }

    /**
     * @param guest  a guest-like buyer: no relay e-mail, no nickname
     * @param userId a returning buyer's TikTok user id (digits, as TikTok's are); null gives the order a new buyer
     */
    public record Buyer(String name, String phone, String email, String addressLine1, String city, String state,
            String postalCode, Boolean guest, String userId) {

        public Buyer {
            guest = Boolean.TRUE.equals(guest);
        }

        public Buyer(String name, String phone, String email, String addressLine1, String city, String state,
                String postalCode, Boolean guest) {
            this(name, phone, email, addressLine1, city, state, postalCode, guest, null);
        }

        public static Buyer guestBuyer() {
            return new Buyer("Guest Buyer", null, null, null, null, null, null, true, null);
        }

        /** The same person ordering again: TikTok gives them the same user id. */
        public static Buyer returning(String userId, String name) {
            return new Buyer(name, null, null, null, null, null, null, false, userId);
        }
    }
}
