package io.suitetok.sandbox.tiktok.products;

/** A SKU price on TikTok's wire: {@code {amount, currency}}, the amount a pre-tax decimal string. */
public record Price(String amount, String currency) {
}
