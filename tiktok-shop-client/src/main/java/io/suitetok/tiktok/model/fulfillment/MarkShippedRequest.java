package io.suitetok.tiktok.model.fulfillment;

import java.util.List;

/**
 * Body of Mark Package As Shipped (202309): the unit lines that left in one parcel, with the seller's
 * carrier and tracking number. Naming a subset of the order's lines is how a partial shipment is
 * reported: TikTok splits them into a package of their own.
 *
 * @param orderLineItemIds unit lines in the parcel; empty means every line not yet shipped
 */
public record MarkShippedRequest(List<String> orderLineItemIds, String trackingNumber, String shippingProviderId) {

    /** Checked before anything is sent: TikTok would only refuse a blank value after a round trip. */
    public MarkShippedRequest {
        orderLineItemIds = orderLineItemIds == null ? List.of() : List.copyOf(orderLineItemIds);
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw new IllegalArgumentException("trackingNumber is required");
        }
        if (shippingProviderId == null || shippingProviderId.isBlank()) {
            throw new IllegalArgumentException("shippingProviderId is required");
        }
    }
}
