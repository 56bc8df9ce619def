package io.suitetok.orders.returns;

import io.suitetok.model.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A TikTok return or refund-only request as the hub keeps it: TikTok's own figures, in the order's
 * currency, never recomputed, so the Credit Memo matches TikTok's refund to the cent.
 *
 * @param type     TikTok's {@code return_type} (RETURN_AND_REFUND, REFUND, REPLACEMENT, or one it adds)
 * @param status   TikTok's {@code return_status}; UNKNOWN for a value the hub does not know
 * @param received the seller's warehouse confirmed the goods came back (TikTok records it as an event
 *                 of the return, not as a status), or TikTok completed a return-and-refund
 */
public record OrderReturn(String shopId, String returnId, String orderId, String type, String status,
                          Instant updateTime, String currency, BigDecimal refundSubtotal, BigDecimal refundShipping,
                          BigDecimal refundTax, BigDecimal refundTotal, List<ReturnedUnit> units,
                          String trackingNumber, String carrier, boolean received) {

    public static final String RETURN_AND_REFUND = "RETURN_AND_REFUND";
    public static final String REFUND = "REFUND";

    public OrderReturn {
        Required.present("shopId", shopId, "returnId", returnId, "orderId", orderId, "type", type, "status", status,
                "updateTime", updateTime);
        units = units == null ? List.of() : List.copyOf(units);
    }

    public boolean goodsComeBack() {
        return RETURN_AND_REFUND.equals(type);
    }

    /** TikTok paid the refund. */
    public boolean refunded() {
        return "RETURN_OR_REFUND_REQUEST_COMPLETE".equals(status);
    }

    /** The request ended without a refund: rejected, withdrawn by the buyer, or the parcel refused. */
    public boolean endedWithoutRefund() {
        return switch (status) {
            case "REFUND_OR_RETURN_REQUEST_REJECT", "RETURN_OR_REFUND_REQUEST_CANCEL", "REJECT_RECEIVE_PACKAGE" -> true;
            default -> false;
        };
    }

    /** One returned unit (TikTok has one order line per unit) and what TikTok refunds for it. */
    public record ReturnedUnit(String orderLineItemId, String sellerSku, BigDecimal refund) {
    }
}
