package io.suitetok.model.order;

import io.suitetok.model.Required;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.TikTokSkuId;

/**
 * One SKU of a combined listing (a bundle the seller lists from SKUs it already sells): every unit
 * of the listing sold takes {@code countPerUnit} units of this SKU out of stock.
 */
public record ComponentSku(TikTokSkuId skuId, SellerSku sellerSku, int countPerUnit) {

    public ComponentSku {
        Required.present("skuId", skuId);
        if (countPerUnit < 1) {
            throw new IllegalArgumentException("a combined listing component counts at least one unit, not "
                    + countPerUnit);
        }
    }
}
