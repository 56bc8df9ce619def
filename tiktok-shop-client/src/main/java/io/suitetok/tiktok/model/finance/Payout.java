package io.suitetok.tiktok.model.finance;

/** A bank payout (Get Payments): amounts after FX, with the rate to six decimals. */
public record Payout(
        String id,
        Long createTime,
        Long paidTime,
        String status,
        Amount amount,
        Amount settlementAmount,
        Amount reserveAmount,
        String exchangeRate) {

    public record Amount(String value, String currency) {
    }
}
