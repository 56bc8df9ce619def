package io.suitetok.settlement.intake;

import io.suitetok.tiktok.model.finance.SettlementAmounts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The amount fields that make up a transaction's {@code fee_amount}, each its own kind of fee (negative is
 * a cost to the merchant, positive money back, as when a refund returns the referral fee). Fields TikTok
 * sends as breakdowns of these ({@code actual_shipping_fee_amount}, {@code shipping_cost_amount},
 * {@code affiliate_commission_before_pit}, {@code pit_amount}, the tax withheld from an affiliate's
 * commission) are not components: adding them would count a fee twice. A
 * transaction whose components do not add up to its {@code fee_amount} has a fee the hub does not know.
 */
public final class FeeComponents {

    private static final Map<String, Function<SettlementAmounts, BigDecimal>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("platform_commission_amount", SettlementAmounts::platformCommissionAmount);
        FIELDS.put("referral_fee_amount", SettlementAmounts::referralFeeAmount);
        FIELDS.put("transaction_fee_amount", SettlementAmounts::transactionFeeAmount);
        FIELDS.put("refund_administration_fee_amount", SettlementAmounts::refundAdministrationFeeAmount);
        FIELDS.put("affiliate_commission_amount", SettlementAmounts::affiliateCommissionAmount);
        FIELDS.put("affiliate_partner_commission_amount", SettlementAmounts::affiliatePartnerCommissionAmount);
        FIELDS.put("affiliate_ads_commission_amount", SettlementAmounts::affiliateAdsCommissionAmount);
        FIELDS.put("shipping_fee_amount", SettlementAmounts::shippingFeeAmount);
        FIELDS.put("fbt_fulfillment_fee_amount", SettlementAmounts::fbtFulfillmentFeeAmount);
        FIELDS.put("sales_tax_amount", SettlementAmounts::salesTaxAmount);
        FIELDS.put("sales_tax_refund_amount", SettlementAmounts::salesTaxRefundAmount);
        FIELDS.put("retail_delivery_fee_amount", SettlementAmounts::retailDeliveryFeeAmount);
        FIELDS.put("retail_delivery_fee_refund_amount", SettlementAmounts::retailDeliveryFeeRefundAmount);
    }

    private FeeComponents() {
    }

    /** The transaction's non-zero fee components by TikTok field name, in a fixed order. */
    public static Map<String, BigDecimal> of(SettlementAmounts amounts) {
        Map<String, BigDecimal> fees = new LinkedHashMap<>();
        if (amounts == null) {
            return fees;
        }
        FIELDS.forEach((field, read) -> {
            BigDecimal value = read.apply(amounts);
            if (value != null && value.signum() != 0) {
                fees.put(field, value);
            }
        });
        return fees;
    }

    public static boolean isComponent(String field) {
        return FIELDS.containsKey(field);
    }
}
