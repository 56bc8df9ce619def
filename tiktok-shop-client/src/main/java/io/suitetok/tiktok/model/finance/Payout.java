package io.suitetok.tiktok.model.finance;

import java.math.BigDecimal;

/**
 * A bank payout (Get Payments): {@code amount} is what reached the bank after FX, {@code
 * settlement_amount} the statements' total in the shop's currency, {@code reserve_amount} what TikTok
 * held back, {@code payment_amount_before_exchange} the amount before FX; {@code exchange_rate} has six
 * decimals ("1.000000" when no conversion). {@code bank_account} is masked.
 */
public record Payout(
        String id,
        Long createTime,
        Long paidTime,
        String status,
        Amount amount,
        Amount settlementAmount,
        Amount reserveAmount,
        Amount paymentAmountBeforeExchange,
        String exchangeRate,
        String bankAccount) {

    /** The payout without the fields added later (before-exchange amount, bank account). */
    public Payout(String id, Long createTime, Long paidTime, String status, Amount amount, Amount settlementAmount,
            Amount reserveAmount, String exchangeRate) {
        this(id, createTime, paidTime, status, amount, settlementAmount, reserveAmount, null, exchangeRate, null);
    }

    /** The exchange rate as a number, or null when TikTok sent none. */
    public BigDecimal exchangeRateValue() {
        return exchangeRate == null || exchangeRate.isBlank() ? null : new BigDecimal(exchangeRate);
    }

    /** Money as TikTok writes it in payments: a decimal string and its currency. */
    public record Amount(String value, String currency) {

        /** The value as a number, or null when TikTok sent none. */
        public BigDecimal decimal() {
            return value == null || value.isBlank() ? null : new BigDecimal(value);
        }
    }
}
