package io.suitetok.tiktok.model.product;

import io.suitetok.model.money.Money;

/** A TikTok price: the amount travels as a decimal string, pre-tax. */
public record Price(String amount, String currency) {

    public static Price of(Money money) {
        return new Price(money.amountText(), money.currencyCode());
    }

    public Money toMoney() {
        return Money.of(amount, currency);
    }
}
