package io.suitetok.sandbox.tiktok.finance;

import io.suitetok.sandbox.tiktok.AmountText;
import io.suitetok.sandbox.tiktok.orders.SimLine;
import io.suitetok.sandbox.tiktok.orders.SimOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns an order into the amounts of its statement transaction, following TikTok's documented
 * formulas (reference §6):
 * {@code customer_payment = after_seller_discounts_subtotal + customer_shipping_fee - platform_discount + sales_tax_payment},
 * {@code revenue = customer_payment + platform_discount + platform_discount_refund + customer_order_refund + shipping_fee_subsidy},
 * fees negative, {@code settlement = revenue + fee + adjustment}. Cancelled units never settle; units
 * refunded before settlement come off in the same transaction. Each fee is rounded once, half up,
 * and the totals are sums of rounded parts, so every identity holds to the cent.
 */
final class OrderSettlement {

    private OrderSettlement() {
    }

    static Map<String, BigDecimal> amounts(SimOrder order, FeeSchedule fees, boolean usMarket) {
        String currency = order.currency();
        List<SimLine> lines = order.activeLines();
        List<SimLine> refunded = lines.stream().filter(SimLine::refunded).toList();
        boolean anyLine = !lines.isEmpty();

        BigDecimal gross = sum(lines, SimLine::originalPrice);
        BigDecimal sellerDiscount = sum(lines, SimLine::sellerDiscount);
        BigDecimal afterSeller = gross.subtract(sellerDiscount);
        BigDecimal platformDiscount = sum(lines, SimLine::platformDiscount);
        BigDecimal taxPaid = anyLine ? sum(lines, SimLine::tax).add(order.payment().shippingFeeTax()) : zero();
        BigDecimal customerShipping = anyLine ? order.payment().shippingFee() : zero();
        BigDecimal shippingSubsidy = anyLine ? order.payment().shippingFeePlatformDiscount() : zero();
        BigDecimal customerPayment = afterSeller.add(customerShipping).subtract(platformDiscount).add(taxPaid);

        BigDecimal refundToBuyer = sum(refunded, SimLine::refundAmount);
        BigDecimal platformDiscountBack = sum(refunded, SimLine::platformDiscount);
        BigDecimal refundedAfterSeller = sum(refunded, l -> l.originalPrice().subtract(l.sellerDiscount()));
        BigDecimal refundedTax = sum(refunded, SimLine::tax);
        BigDecimal revenue = customerPayment.add(platformDiscount).subtract(platformDiscountBack)
                .subtract(refundToBuyer).add(shippingSubsidy);

        BigDecimal netBase = afterSeller.subtract(refundedAfterSeller);
        BigDecimal salesFee = round(fees.salesFeeRate().multiply(netBase), currency).negate();
        BigDecimal refundAdministration = refunded.isEmpty() ? zero()
                : round(fees.refundAdministrationShare().multiply(
                        round(fees.salesFeeRate().multiply(refundedAfterSeller), currency)), currency).negate();
        BigDecimal transactionFee = fees.transactionFeeRate() == null ? null
                : round(fees.transactionFeeRate().multiply(customerPayment.subtract(refundToBuyer)), currency)
                        .negate();
        BigDecimal affiliate = order.affiliateCommissionRate() == null ? zero()
                : round(order.affiliateCommissionRate().multiply(netBase), currency).negate();
        BigDecimal actualShipping = !anyLine || !order.shippingType().equals("TIKTOK") ? zero()
                : order.payment().originalShippingFee().signum() > 0 ? order.payment().originalShippingFee()
                        : fees.labelCost();
        BigDecimal shippingFee = actualShipping.negate();
        BigDecimal salesTax = usMarket ? taxPaid.negate() : zero();
        BigDecimal salesTaxRefund = usMarket ? refundedTax : zero();
        BigDecimal fee = salesFee.add(refundAdministration).add(transactionFee == null ? zero() : transactionFee)
                .add(affiliate).add(shippingFee).add(salesTax).add(salesTaxRefund);

        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("revenue_amount", revenue);
        amounts.put("fee_amount", fee);
        amounts.put("adjustment_amount", zero());
        amounts.put("gross_sales_amount", gross);
        amounts.put("gross_sales_refund_amount", sum(refunded, SimLine::originalPrice).negate());
        amounts.put("seller_discount_amount", sellerDiscount.negate());
        amounts.put("seller_discount_refund_amount", sum(refunded, SimLine::sellerDiscount));
        amounts.put("net_sales_amount", netBase);
        amounts.put("after_seller_discounts_subtotal_amount", afterSeller);
        amounts.put("customer_payment_amount", customerPayment);
        amounts.put("customer_shipping_fee_amount", customerShipping);
        amounts.put("platform_discount_amount", platformDiscount);
        amounts.put("platform_discount_refund_amount", platformDiscountBack.negate());
        amounts.put("customer_order_refund_amount", refundToBuyer.negate());
        amounts.put("customer_refund_amount", refundToBuyer.negate());
        amounts.put("shipping_fee_subsidy_amount", shippingSubsidy);
        amounts.put(fees.salesFeeField(), salesFee);
        if (transactionFee != null) {
            amounts.put("transaction_fee_amount", transactionFee);
        }
        amounts.put("refund_administration_fee_amount", refundAdministration);
        amounts.put("affiliate_commission_amount", affiliate);
        amounts.put("shipping_fee_amount", shippingFee);
        amounts.put("actual_shipping_fee_amount", shippingFee);
        amounts.put("shipping_cost_amount", shippingFee);
        if (usMarket) {
            amounts.put("sales_tax_amount", salesTax);
            amounts.put("sales_tax_payment_amount", taxPaid);
            amounts.put("sales_tax_refund_amount", salesTaxRefund);
        }
        return amounts;
    }

    /** A refund completed after the order settled: the money and fees that go back. */
    static Map<String, BigDecimal> refundAmounts(SimOrder order, List<SimLine> refunded, FeeSchedule fees,
            boolean usMarket) {
        String currency = order.currency();
        BigDecimal refundToBuyer = sum(refunded, SimLine::refundAmount);
        BigDecimal platformDiscountBack = sum(refunded, SimLine::platformDiscount);
        BigDecimal refundedAfterSeller = sum(refunded, l -> l.originalPrice().subtract(l.sellerDiscount()));
        BigDecimal refundedTax = sum(refunded, SimLine::tax);
        BigDecimal revenue = refundToBuyer.negate().subtract(platformDiscountBack);
        BigDecimal salesFeeBack = round(fees.salesFeeRate().multiply(refundedAfterSeller), currency);
        BigDecimal administration = round(fees.refundAdministrationShare().multiply(salesFeeBack), currency).negate();
        BigDecimal transactionFeeBack = fees.transactionFeeRate() == null ? null
                : round(fees.transactionFeeRate().multiply(refundToBuyer), currency);
        BigDecimal affiliateBack = order.affiliateCommissionRate() == null ? zero()
                : round(order.affiliateCommissionRate().multiply(refundedAfterSeller), currency);
        BigDecimal salesTaxRefund = usMarket ? refundedTax : zero();
        BigDecimal fee = salesFeeBack.add(administration).add(transactionFeeBack == null ? zero() : transactionFeeBack)
                .add(affiliateBack).add(salesTaxRefund);

        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("revenue_amount", revenue);
        amounts.put("fee_amount", fee);
        amounts.put("adjustment_amount", zero());
        amounts.put("gross_sales_refund_amount", sum(refunded, SimLine::originalPrice).negate());
        amounts.put("seller_discount_refund_amount", sum(refunded, SimLine::sellerDiscount));
        amounts.put("net_sales_amount", refundedAfterSeller.negate());
        amounts.put("platform_discount_refund_amount", platformDiscountBack.negate());
        amounts.put("customer_order_refund_amount", refundToBuyer.negate());
        amounts.put("customer_refund_amount", refundToBuyer.negate());
        amounts.put(fees.salesFeeField(), salesFeeBack);
        if (transactionFeeBack != null) {
            amounts.put("transaction_fee_amount", transactionFeeBack);
        }
        amounts.put("refund_administration_fee_amount", administration);
        amounts.put("affiliate_commission_amount", affiliateBack);
        if (usMarket) {
            amounts.put("sales_tax_refund_amount", salesTaxRefund);
        }
        return amounts;
    }

    /**
     * Units per SKU, as Get Order Statement Transactions lists them: TikTok's rows name the SKU by id and
     * names (no seller SKU) and carry the same amount fields as the order's row. The SKU-level parts are
     * the SKU's own; revenue, fee and settlement are the order's, shared in proportion to each SKU's
     * subtotal after seller discounts, the last SKU taking what rounding left, so the rows add up to the
     * order's to the cent (the split is the simulator's choice: TikTok does not document one).
     */
    static List<Map<String, Object>> skuLines(SimOrder order, List<SimLine> lines, Map<String, BigDecimal> amounts) {
        String currency = order.currency();
        Map<String, List<SimLine>> bySku = new LinkedHashMap<>();
        lines.forEach(l -> bySku.computeIfAbsent(l.skuId(), k -> new ArrayList<>()).add(l));
        BigDecimal base = sum(lines, l -> l.originalPrice().subtract(l.sellerDiscount()));
        BigDecimal revenueLeft = amounts.getOrDefault("revenue_amount", zero());
        BigDecimal feeLeft = amounts.getOrDefault("fee_amount", zero());
        List<Map<String, Object>> rows = new ArrayList<>();
        int left = bySku.size();
        for (Map.Entry<String, List<SimLine>> entry : bySku.entrySet()) {
            List<SimLine> units = entry.getValue();
            BigDecimal afterSeller = sum(units, l -> l.originalPrice().subtract(l.sellerDiscount()));
            boolean last = --left == 0;
            BigDecimal revenue = last ? revenueLeft : share(amounts.getOrDefault("revenue_amount", zero()), afterSeller,
                    base, currency);
            BigDecimal fee = last ? feeLeft : share(amounts.getOrDefault("fee_amount", zero()), afterSeller, base,
                    currency);
            revenueLeft = revenueLeft.subtract(revenue);
            feeLeft = feeLeft.subtract(fee);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("sku_id", entry.getKey());
            row.put("sku_name", units.get(0).skuName());
            row.put("product_name", units.get(0).productName());
            row.put("quantity", units.size());
            row.put("currency", currency);
            row.put("settlement_amount", text(revenue.add(fee), currency));
            row.put("revenue_amount", text(revenue, currency));
            row.put("fee_amount", text(fee, currency));
            row.put("adjustment_amount", text(zero(), currency));
            row.put("gross_sales_amount", text(sum(units, SimLine::originalPrice), currency));
            row.put("seller_discount_amount", text(sum(units, SimLine::sellerDiscount).negate(), currency));
            row.put("after_seller_discounts_subtotal_amount", text(afterSeller, currency));
            row.put("platform_discount_amount", text(sum(units, SimLine::platformDiscount), currency));
            row.put("customer_order_refund_amount", text(sum(units.stream().filter(SimLine::refunded).toList(),
                    SimLine::refundAmount).negate(), currency));
            rows.add(row);
        }
        return rows;
    }

    private static BigDecimal share(BigDecimal total, BigDecimal part, BigDecimal whole, String currency) {
        if (whole.signum() == 0) {
            return zero();
        }
        return round(total.multiply(part).divide(whole, 10, java.math.RoundingMode.HALF_UP), currency);
    }

    private static BigDecimal sum(List<SimLine> lines, Function<SimLine, BigDecimal> amount) {
        return lines.stream().map(amount).reduce(zero(), BigDecimal::add);
    }

    private static BigDecimal round(BigDecimal amount, String currency) {
        return AmountText.round(amount, currency);
    }

    private static String text(BigDecimal amount, String currency) {
        return AmountText.of(amount, currency);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
