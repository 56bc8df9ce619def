package io.suitetok.orders.config;

/** Which NetSuite customer a shop's Sales Orders are booked to. */
public enum CustomerPolicy {
    /** Every order to the shop's default customer: TikTok anonymises buyers, so most merchants want this. */
    DEFAULT_CUSTOMER,
    /**
     * One customer per TikTok buyer id (external id {@code TTS-BUYER-<shopId>-<buyerId>}), made on the
     * buyer's first order; guests still go to the default customer.
     */
    PER_BUYER
}
