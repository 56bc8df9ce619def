package io.suitetok.tiktok.model.fulfillment;

/** A carrier pickup window, Unix seconds (platform-shipped packages handed over by PICKUP). */
public record PickupSlot(Long startTime, Long endTime) {
}
