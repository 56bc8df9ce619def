package io.suitetok.model.order;

import io.suitetok.model.Required;
import io.suitetok.model.money.Money;

/**
 * A charge the buyer paid on top of goods, shipping and tax, as TikTok itemises it in the order's
 * payment block. Each kind is its own record so that the Sales Order can book it on its own line and
 * the order still ties out to TikTok's {@code total_amount}.
 */
public record BuyerCharge(Kind kind, Money amount) {

    public BuyerCharge {
        Required.present("kind", kind, "amount", amount);
    }

    /** TikTok's field for each kind is the lower-case name: {@code buyer_service_fee}, ... */
    public enum Kind {
        /** US (Colorado) retail delivery fee: a tax-like charge, remitted by TikTok where it facilitates tax. */
        RETAIL_DELIVERY_FEE,
        BUYER_SERVICE_FEE,
        HANDLING_FEE,
        ITEM_INSURANCE_FEE,
        SHIPPING_INSURANCE_FEE,
        SMALL_ORDER_FEE;

        public String tiktokField() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
