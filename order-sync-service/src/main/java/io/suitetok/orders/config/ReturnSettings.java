package io.suitetok.orders.config;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How one shop's TikTok returns land in NetSuite ({@code hub.orders.shops[].returns}).
 *
 * @param disposition     where received goods go: SELLABLE (back into the Sales Order's location, so they
 *                        can be sold again), DAMAGED (into {@code damagedLocation}, not sold), or
 *                        NOT_RESTOCKED (no Item Receipt: the goods are written off)
 * @param damagedLocation NetSuite location for DAMAGED; required with it
 * @param refunds         CUSTOMER_REFUND writes a Customer Refund against each Credit Memo (TikTok paid the
 *                        buyer from the seller's balance); SETTLEMENT leaves the credit open for the
 *                        settlement flow to apply against TikTok's payout
 * @param refundAccount   the account a Customer Refund is paid from (TikTok's clearing account); required
 *                        with CUSTOMER_REFUND
 * @param paymentMethod   optional payment method on Customer Refunds
 * @param shippingItem    unused unless NetSuite refuses a credit memo's shipping cost; kept for accounts
 *                        that book shipping as an item
 */
public record ReturnSettings(
        @DefaultValue("SELLABLE") Disposition disposition,
        String damagedLocation,
        @DefaultValue("CUSTOMER_REFUND") Refunds refunds,
        String refundAccount,
        String paymentMethod,
        String shippingItem) {

    public enum Disposition { SELLABLE, DAMAGED, NOT_RESTOCKED }

    public enum Refunds { CUSTOMER_REFUND, SETTLEMENT }

    /** A shop without a returns section: sellable restock, Customer Refund (which then parks until an account is set). */
    public static ReturnSettings defaults() {
        return new ReturnSettings(Disposition.SELLABLE, null, Refunds.CUSTOMER_REFUND, null, null, null);
    }
}
