package io.suitetok.sandbox.netsuite.seed;

import java.util.List;

/** The internal ids of the schedules and promotions a {@link PricingChange} wrote, in its order. */
public record PricingResult(List<String> schedules, List<String> promotions) {
}
