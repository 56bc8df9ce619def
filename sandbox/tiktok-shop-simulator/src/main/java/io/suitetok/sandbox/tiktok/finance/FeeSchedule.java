package io.suitetok.sandbox.tiktok.finance;

import java.math.BigDecimal;

/**
 * The simulator's fee rates per market. TikTok's real rates vary by category, seller programme
 * and date and are not public in a stable form; these are round, documented figures so that tests
 * can compute the expected fees. US sellers pay a referral fee and a transaction fee; UK sellers a
 * platform commission. A refund gives the referral fee (commission) back minus a 20%
 * administration fee, as TikTok documents.
 *
 * @param labelCost what a TikTok shipping label costs the seller when the buyer paid no shipping
 */
record FeeSchedule(BigDecimal referralRate, BigDecimal transactionFeeRate, BigDecimal commissionRate,
        BigDecimal refundAdministrationShare, BigDecimal labelCost) {

    static final FeeSchedule US = new FeeSchedule(new BigDecimal("0.06"), new BigDecimal("0.029"), null,
            new BigDecimal("0.20"), new BigDecimal("4.50"));
    static final FeeSchedule UK = new FeeSchedule(null, null, new BigDecimal("0.09"), new BigDecimal("0.20"),
            new BigDecimal("3.20"));

    static FeeSchedule forRegion(String region) {
        return region.equals("US") ? US : UK;
    }

    /** The rate of the sales-based fee: referral in the US, commission in the UK. */
    BigDecimal salesFeeRate() {
        return referralRate != null ? referralRate : commissionRate;
    }

    String salesFeeField() {
        return referralRate != null ? "referral_fee_amount" : "platform_commission_amount";
    }
}
