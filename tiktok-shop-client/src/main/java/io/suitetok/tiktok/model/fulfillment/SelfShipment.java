package io.suitetok.tiktok.model.fulfillment;

/**
 * The carrier and tracking number of a package the seller ships itself ({@code shipping_type}
 * SELLER). {@code shippingProviderId} must be one of the providers of the order's delivery option
 * (Get Shipping Providers); a carrier name is not accepted.
 */
public record SelfShipment(String trackingNumber, String shippingProviderId) {

    /** Checked before anything is sent: TikTok would only refuse a blank value after a round trip. */
    public SelfShipment {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw new IllegalArgumentException("trackingNumber is required");
        }
        if (shippingProviderId == null || shippingProviderId.isBlank()) {
            throw new IllegalArgumentException("shippingProviderId is required");
        }
    }
}
