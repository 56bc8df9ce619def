package io.suitetok.sandbox.tiktok.products;

import java.math.BigDecimal;
import java.time.Instant;

/** A SKU's price from {@code at} (shop clock) on, pre-tax, in the shop's currency. */
public record SkuPriceChange(Instant at, BigDecimal price) {
}
