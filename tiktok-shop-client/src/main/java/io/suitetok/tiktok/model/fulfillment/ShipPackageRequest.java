package io.suitetok.tiktok.model.fulfillment;

/**
 * Body of Ship Package (202309). A seller-shipped package sends only {@code self_shipment}; a
 * package shipped with TikTok's logistics sends how it is handed over to the carrier instead.
 * Absent fields are left out of the JSON, as TikTok expects.
 *
 * @param handoverMethod PICKUP (the carrier collects) or DROP_OFF (the seller drops it off)
 */
public record ShipPackageRequest(String handoverMethod, PickupSlot pickupSlot, SelfShipment selfShipment) {

    public static final String PICKUP = "PICKUP";
    public static final String DROP_OFF = "DROP_OFF";

    /** The seller shipped it with its own carrier: what NetSuite's item fulfillment reports. */
    public static ShipPackageRequest selfShipped(String trackingNumber, String shippingProviderId) {
        return new ShipPackageRequest(null, null, new SelfShipment(trackingNumber, shippingProviderId));
    }

    /** TikTok's carrier takes it over (shipping_type TIKTOK). */
    public static ShipPackageRequest handover(String handoverMethod) {
        return new ShipPackageRequest(handoverMethod, null, null);
    }
}
