package io.suitetok.orders.settlement;

import io.suitetok.model.settlement.OrdersSettled;
import io.suitetok.orders.store.OrderStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The settlement steps of the order journey, so one call shows an order from webhook to bank:
 * {@code SETTLED_BY_TIKTOK} once per statement an order is in, and {@code PAID_OUT} once TikTok has paid that
 * statement. A batch of up to a thousand orders costs a few statements, not a round trip per order.
 */
@Component
public class SettlementJourney {

    static final String SETTLED = "SETTLED_BY_TIKTOK";
    static final String PAID_OUT = "PAID_OUT";
    /** TikTok's payment status once the money has left for the seller's bank; PROCESSING and FAILED have not. */
    static final String PAID = "PAID";

    private static final Logger log = LoggerFactory.getLogger(SettlementJourney.class);

    private final OrderStateStore states;

    public SettlementJourney(OrderStateStore states) {
        this.states = states;
    }

    /** In the caller's transaction: the statement step goes first, so the journey reads in the money's order. */
    public void record(OrdersSettled settled) {
        if (settled.orderIds().isEmpty()) {
            return;
        }
        int settledSteps = states.journeyOnce(settled.shopId(), settled.orderIds(), SETTLED,
                "in statement " + settled.statementId());
        int paidSteps = 0;
        if (PAID.equals(settled.paymentStatus()) && settled.paymentId() != null) {
            paidSteps = states.journeyOnce(settled.shopId(), settled.orderIds(), PAID_OUT,
                    "in TikTok payment " + settled.paymentId());
        }
        if (log.isDebugEnabled()) {
            // Orders from before the hub (or from another shop's hub) are in statements too: not an error.
            int known = states.countKnown(settled.shopId(), settled.orderIds());
            log.debug("statement {} of shop {}: {} of {} orders known to order-sync, {} settled and {} paid-out steps "
                    + "added", settled.statementId(), settled.shopId(), known, settled.orderIds().size(), settledSteps,
                    paidSteps);
        }
    }
}
