package io.suitetok.tiktok.model.fulfillment;

import java.util.List;

/**
 * What Mark Package As Shipped answers: the package the lines now belong to.
 *
 * @param warning TikTok's note when it accepted the call with a reservation (for example a tracking
 *                number it could not yet validate); null otherwise
 */
public record MarkShippedResult(String orderId, String packageId, List<String> orderLineItemIds, Warning warning) {

    public record Warning(String message) {
    }
}
