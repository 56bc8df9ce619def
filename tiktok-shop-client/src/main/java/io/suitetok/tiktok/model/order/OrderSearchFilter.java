package io.suitetok.tiktok.model.order;

/** Body of Get Order List: bounds are Unix seconds, lower inclusive, upper exclusive. */
public record OrderSearchFilter(
        String orderStatus,
        Long createTimeGe,
        Long createTimeLt,
        Long updateTimeGe,
        Long updateTimeLt) {

    public static OrderSearchFilter updatedBetween(long fromInclusive, long toExclusive) {
        return new OrderSearchFilter(null, null, null, fromInclusive, toExclusive);
    }
}
