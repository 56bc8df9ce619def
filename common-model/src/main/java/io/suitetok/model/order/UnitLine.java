package io.suitetok.model.order;

import io.suitetok.model.Required;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.TikTokProductId;
import io.suitetok.model.id.TikTokSkuId;
import io.suitetok.model.money.Money;
import java.util.List;

/**
 * One TikTok {@code line_items[]} element. TikTok has no quantity field: three units of a SKU
 * arrive as three unit lines, each with its own id that cancellations and returns refer to.
 * Discounts and tax are per unit. {@code components} is set for a unit of a combined listing (what
 * leaves stock for it); {@code buyerFees} is this unit's share of the buyer-paid charges, where TikTok
 * itemises them per line.
 */
public record UnitLine(
        String lineItemId,
        TikTokSkuId skuId,
        TikTokProductId productId,
        SellerSku sellerSku,
        String productName,
        Money originalPrice,
        Money sellerDiscount,
        Money platformDiscount,
        Money tax,
        boolean gift,
        boolean preOrder,
        boolean cancelled,
        List<ComponentSku> components,
        Money buyerFees) {

    /** The constructor from before combined listings and line fees. */
    public UnitLine(String lineItemId, TikTokSkuId skuId, TikTokProductId productId, SellerSku sellerSku,
            String productName, Money originalPrice, Money sellerDiscount, Money platformDiscount, Money tax,
            boolean gift, boolean preOrder, boolean cancelled) {
        this(lineItemId, skuId, productId, sellerSku, productName, originalPrice, sellerDiscount, platformDiscount,
                tax, gift, preOrder, cancelled, List.of(), null);
    }

    public UnitLine {
        components = components == null ? List.of() : List.copyOf(components);
        buyerFees = buyerFees == null && originalPrice != null ? Money.zero(originalPrice.currency()) : buyerFees;
        Required.present("lineItemId", lineItemId, "skuId", skuId, "originalPrice", originalPrice,
                "sellerDiscount", sellerDiscount, "platformDiscount", platformDiscount, "tax", tax);
    }

    /** What the buyer was charged for this unit before tax: list price less both discounts. */
    public Money salePrice() {
        return originalPrice.minus(sellerDiscount).minus(platformDiscount);
    }
}
