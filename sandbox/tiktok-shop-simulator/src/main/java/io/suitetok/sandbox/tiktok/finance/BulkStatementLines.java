package io.suitetok.sandbox.tiktok.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The ORDER transactions of a bulk statement, never stored: line {@code i} is derived from
 * {@code (seed, i)} alone, so serving a page costs its size and a million lines cost no heap. Amounts
 * are whole cents computed with the market's {@link FeeSchedule} and TikTok's formulas, so
 * {@code settlement = revenue + fee + adjustment} and {@code fee = sum of its parts} hold on every
 * line; the header totals are the lines' sums, added up once when the statement is created.
 * Order ids and create times rise with the index, so index order is {@code order_create_time} order.
 */
final class BulkStatementLines {

    /** Header fields kept as totals; the others are per line only. */
    private static final String[] TOTALLED = {"settlement_amount", "revenue_amount", "fee_amount",
        "adjustment_amount", "net_sales_amount", "shipping_cost_amount"};

    /** One in this many lines was sold through a creator and pays the affiliate commission. */
    private static final int AFFILIATE_EVERY = 7;
    private static final long AFFILIATE_RATE_PERCENT = 10;
    /** US sales tax on the simulator's bulk lines; TikTok collects and remits it. */
    private static final BigDecimal US_SALES_TAX_RATE = new BigDecimal("0.0825");

    final int ordinal;
    final long seed;
    final int lineCount;
    final String currency;
    final boolean usMarket;
    final long firstOrderCreateTime;
    private final FeeSchedule fees;
    private final Map<String, Long> totalsInCents = new LinkedHashMap<>();

    BulkStatementLines(int ordinal, long seed, int lineCount, String region, String currency, long statementTime) {
        this.ordinal = ordinal;
        this.seed = seed;
        this.lineCount = lineCount;
        this.currency = currency;
        this.usMarket = region.equals("US");
        this.fees = FeeSchedule.forRegion(region);
        // One second apart, all before the statement's day.
        this.firstOrderCreateTime = statementTime - 86_400L - lineCount;
        for (String field : TOTALLED) {
            totalsInCents.put(field, 0L);
        }
        for (int i = 0; i < lineCount; i++) {
            Map<String, Long> line = centsOf(i);
            for (String field : TOTALLED) {
                totalsInCents.merge(field, line.getOrDefault(field, 0L), Long::sum);
            }
        }
    }

    BigDecimal total(String field) {
        return BigDecimal.valueOf(totalsInCents.getOrDefault(field, 0L), 2);
    }

    String transactionId(int index) {
        return "7215" + zeroPadded(ordinal, 6) + zeroPadded(index, 9);
    }

    String orderId(int index) {
        return "5769" + zeroPadded(ordinal, 5) + zeroPadded(index, 9);
    }

    /** As {@code %0<width>d} for a non-negative number; String.format cost more than the rest of a line. */
    private static String zeroPadded(long number, int width) {
        String digits = Long.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    long orderCreateTime(int index) {
        return firstOrderCreateTime + index;
    }

    /** Line {@code index} as a statement transaction. */
    StatementTx line(int index, String statementId, long statementTime) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        centsOf(index).forEach((field, cents) -> amounts.put(field, BigDecimal.valueOf(cents, 2)));
        return new StatementTx(transactionId(index), "ORDER", statementId, statementTime, orderId(index),
                orderCreateTime(index), null, null, currency, amounts, List.of());
    }

    /**
     * The line's amounts in cents, by TikTok's field names (settlement included). A deterministic draw
     * from the line's own random stream: same seed and index, same line, whatever was served before.
     */
    Map<String, Long> centsOf(int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int units = 1 + random.nextInt(3);
        long gross = units * (499 + random.nextInt(9_500));
        long sellerDiscount = random.nextInt(4) == 0 ? percentOf(gross, 10) : 0;
        long afterSeller = gross - sellerDiscount;
        long platformDiscount = random.nextInt(5) == 0 ? Math.min(200, afterSeller) : 0;
        long customerShipping = random.nextBoolean() ? 599 : 0;
        long tax = usMarket ? rateOf(afterSeller + customerShipping, US_SALES_TAX_RATE) : 0;
        long customerPayment = afterSeller + customerShipping - platformDiscount + tax;
        long revenue = customerPayment + platformDiscount;

        long salesFee = -rateOf(afterSeller, fees.salesFeeRate());
        long transactionFee = fees.transactionFeeRate() == null ? 0 : -rateOf(customerPayment, fees.transactionFeeRate());
        long affiliate = index % AFFILIATE_EVERY == AFFILIATE_EVERY - 1 ? -percentOf(afterSeller, AFFILIATE_RATE_PERCENT)
                : 0;
        long shippingFee = -(customerShipping > 0 ? customerShipping : fees.labelCost().movePointRight(2).longValueExact());
        long salesTax = -tax;
        long fee = salesFee + transactionFee + affiliate + shippingFee + salesTax;

        Map<String, Long> cents = new LinkedHashMap<>();
        cents.put("revenue_amount", revenue);
        cents.put("fee_amount", fee);
        cents.put("adjustment_amount", 0L);
        cents.put("gross_sales_amount", gross);
        cents.put("seller_discount_amount", -sellerDiscount);
        cents.put("net_sales_amount", afterSeller);
        cents.put("after_seller_discounts_subtotal_amount", afterSeller);
        cents.put("customer_payment_amount", customerPayment);
        cents.put("customer_shipping_fee_amount", customerShipping);
        cents.put("platform_discount_amount", platformDiscount);
        cents.put(fees.salesFeeField(), salesFee);
        if (fees.transactionFeeRate() != null) {
            cents.put("transaction_fee_amount", transactionFee);
        }
        cents.put("affiliate_commission_amount", affiliate);
        cents.put("shipping_fee_amount", shippingFee);
        cents.put("shipping_cost_amount", shippingFee);
        if (usMarket) {
            cents.put("sales_tax_amount", salesTax);
            cents.put("sales_tax_payment_amount", tax);
        }
        cents.put("settlement_amount", revenue + fee);
        return cents;
    }

    private static long percentOf(long cents, long percent) {
        return (cents * percent + 50) / 100;
    }

    /** Half up, as the simulator rounds every fee; amounts here are never negative. */
    private static long rateOf(long cents, BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(cents)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
