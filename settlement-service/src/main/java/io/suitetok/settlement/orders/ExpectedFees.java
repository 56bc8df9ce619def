package io.suitetok.settlement.orders;

import io.suitetok.settlement.config.SettlementProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The fees the shop's configuration predicts for an order, negative as TikTok signs them: each configured
 * rate times its base (the goods after seller discounts, or the buyer's payment total, as TikTok takes the US
 * transaction fee), each rounded half up to the currency as TikTok rounds each fee; plus, where TikTok
 * withholds the sales tax, the tax itself, which {@code sales_tax_amount} takes back out of the revenue. What
 * is not predicted (a label, an affiliate's commission) shows in the reconciliation as {@code FEES}.
 */
final class ExpectedFees {

    private ExpectedFees() {
    }

    /**
     * @param goods   the units not cancelled, at list less the seller's discount
     * @param payment what the buyer paid for them: goods less platform discount, plus shipping and tax
     * @param tax     the tax the buyer paid
     */
    static BigDecimal of(SettlementProperties.Shop shop, BigDecimal goods, BigDecimal payment, BigDecimal tax,
            int scale) {
        BigDecimal fees = shop.salesTaxWithheld() ? tax.negate() : BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> rate : shop.expectedFeeRates().entrySet()) {
            SettlementProperties.FeeBase base = shop.expectedFeeBases().getOrDefault(rate.getKey(),
                    SettlementProperties.FeeBase.GOODS);
            BigDecimal amount = base == SettlementProperties.FeeBase.PAYMENT ? payment : goods;
            fees = fees.subtract(amount.multiply(rate.getValue()).setScale(scale, RoundingMode.HALF_UP));
        }
        return fees;
    }
}
