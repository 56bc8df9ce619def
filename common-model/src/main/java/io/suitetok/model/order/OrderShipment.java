package io.suitetok.model.order;

import java.time.Instant;
import java.util.List;

/**
 * A NetSuite item fulfilment reported to TikTok: the payload of {@code orders.fulfilments.v1}, keyed
 * by TikTok order id. A partial shipment names only the unit lines that left.
 *
 * @param fulfilmentId      the item fulfilment's NetSuite internal id
 * @param fulfilmentTranId  its number, for people
 * @param trackingNumber    the carrier's tracking number TikTok shows the buyer
 * @param shippingProvider  TikTok's shipping provider id (seller shipping), or null (TikTok's logistics)
 * @param packageId         the TikTok package the units now ship in
 * @param unitLineIds       TikTok unit lines in this shipment
 */
public record OrderShipment(String shopId, String orderId, String fulfilmentId, String fulfilmentTranId,
        String trackingNumber, String shippingProvider, String packageId, List<String> unitLineIds,
        Instant shippedAt) {

    public OrderShipment {
        unitLineIds = unitLineIds == null ? List.of() : List.copyOf(unitLineIds);
    }
}
