package io.suitetok.pricing.boundary;

import java.math.BigDecimal;

/**
 * One unit sold at a TikTok price, split as NetSuite books it: net plus tax equals what the buyer
 * paid, to the cent, because the tax is what is left after rounding the net once.
 */
public record UnitAmounts(BigDecimal gross, BigDecimal net, BigDecimal tax) {
}
