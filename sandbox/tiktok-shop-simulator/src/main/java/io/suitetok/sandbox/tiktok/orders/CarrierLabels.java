package io.suitetok.sandbox.tiktok.orders;

import io.suitetok.sandbox.tiktok.IdSequence;
import io.suitetok.sandbox.tiktok.logistics.DeliveryOptions;
import io.suitetok.sandbox.tiktok.logistics.SimShippingProvider;
import org.springframework.stereotype.Component;

/**
 * Shipping labels TikTok's logistics prints: the first carrier of the order's delivery option and
 * a tracking number in that market's usual shape (USPS 940..., Royal Mail TT...GB). Used when the
 * platform ships, and when the control API moves an order past shipping without a Ship Package call.
 */
@Component
class CarrierLabels {

    private final IdSequence ids;
    private final DeliveryOptions options;

    CarrierLabels(IdSequence ids, DeliveryOptions options) {
        this.ids = ids;
        this.options = options;
    }

    void print(SimOrder order, SimPackage pkg, String newStatus, long now) {
        SimShippingProvider carrier = options.require(order.deliveryOptionId).labelCarrier();
        String serial = ids.next("tracking");
        String tracking = carrier.equals(DeliveryOptions.ROYAL_MAIL) ? "TT" + serial.substring(10) + "GB"
                : "940" + serial;
        pkg.shippedWith(carrier.id(), carrier.name(), tracking, newStatus, now);
        showOnOrder(order, pkg);
    }

    /** The order-level carrier and tracking number are those of its first package shipped. */
    static void showOnOrder(SimOrder order, SimPackage pkg) {
        if (order.trackingNumber == null) {
            order.trackingNumber = pkg.trackingNumber;
            order.shippingProvider = pkg.shippingProviderName;
            order.shippingProviderId = pkg.shippingProviderId;
        }
    }
}
