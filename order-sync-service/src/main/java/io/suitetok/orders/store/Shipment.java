package io.suitetok.orders.store;

import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import java.time.Instant;
import java.util.List;

/**
 * One NetSuite item fulfilment and where its report to TikTok stands.
 *
 * @param unitLineIds the TikTok unit lines it ships, once chosen
 * @param carrier     TikTok shipping provider id (seller shipping) or the handover method (TikTok's logistics)
 */
public record Shipment(String fulfilmentId, String shopId, String orderId, State state, FulfilmentSnapshot fulfilment,
        List<String> unitLineIds, String trackingNumber, String carrier, String packageId, String reason,
        Instant updatedAt) {

    public enum State {
        /** Read (or replayed) and not yet reported. */
        PENDING,
        /** Reported; TikTok has the tracking number. */
        SHIPPED,
        /** Sent, but the answer was lost: TikTok is read before anything is sent again. */
        UNKNOWN,
        /** Cannot be reported until a person acts; {@code reason} says what to fix. Replayable. */
        PARKED
    }

    public Shipment with(State newState, String newReason) {
        return new Shipment(fulfilmentId, shopId, orderId, newState, fulfilment, unitLineIds, trackingNumber, carrier,
                packageId, newReason, updatedAt);
    }
}
