package io.suitetok.orders.returns;

import io.suitetok.orders.store.OrderStateStore;
import java.util.Objects;

/** The journey steps of a return, in the order's journey, so one call shows the order from sale to refund. */
final class ReturnJourney {

    private ReturnJourney() {
    }

    /** Notes what TikTok's newer snapshot changed: the request, approval, the buyer's parcel, its receipt, the refund. */
    static void noteTikTokChange(OrderStateStore journeys, OrderReturn before, OrderReturn now) {
        String about = "return " + now.returnId();
        if (before == null) {
            step(journeys, now, "RETURN_REQUESTED", about + " (" + now.type() + ", " + now.units().size() + " unit"
                    + (now.units().size() == 1 ? "" : "s") + ", refund " + amount(now) + ")");
        }
        if (before == null || !Objects.equals(before.status(), now.status())) {
            String step = switch (now.status()) {
                case "AWAITING_BUYER_SHIP" -> "RETURN_APPROVED";
                case "BUYER_SHIPPED_ITEM" -> "RETURN_SHIPPED_BY_BUYER";
                case "RETURN_OR_REFUND_REQUEST_COMPLETE" -> "REFUNDED_BY_TIKTOK";
                case "REFUND_OR_RETURN_REQUEST_REJECT" -> "RETURN_REJECTED";
                case "RETURN_OR_REFUND_REQUEST_CANCEL" -> "RETURN_CANCELLED_BY_BUYER";
                case "REJECT_RECEIVE_PACKAGE" -> "RETURN_PARCEL_REFUSED";
                default -> null;
            };
            if (step != null) {
                String detail = step.equals("RETURN_SHIPPED_BY_BUYER") && now.trackingNumber() != null
                        ? about + " with " + now.carrier() + " " + now.trackingNumber() : about;
                step(journeys, now, step, detail);
            }
        }
        if (now.received() && (before == null || !before.received())) {
            step(journeys, now, "RETURN_RECEIVED_BY_SELLER", about);
        }
    }

    static void step(OrderStateStore journeys, OrderReturn ret, String step, String detail) {
        journeys.journey(ret.shopId(), ret.orderId(), step, detail);
    }

    static String amount(OrderReturn ret) {
        return ret.refundTotal() == null ? "unknown" : ret.refundTotal().toPlainString() + " " + ret.currency();
    }
}
