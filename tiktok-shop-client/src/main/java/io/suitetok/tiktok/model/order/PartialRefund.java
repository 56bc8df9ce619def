package io.suitetok.tiktok.model.order;

import java.math.BigDecimal;

/** A refund the seller offered below the full amount; TikTok sends an empty object when there is none. */
public record PartialRefund(String currency, BigDecimal amount) {
}
