package io.suitetok.tiktok.model.order;

import java.util.List;

/** Body of Search Returns: any of order ids, return ids and an update-time window (Unix seconds, upper exclusive). */
public record ReturnSearchFilter(
        List<String> orderIds,
        List<String> returnIds,
        Long updateTimeGe,
        Long updateTimeLt) {

    public static ReturnSearchFilter forOrders(List<String> orderIds) {
        return new ReturnSearchFilter(List.copyOf(orderIds), null, null, null);
    }

    public static ReturnSearchFilter updatedBetween(long fromInclusive, long toExclusive) {
        return new ReturnSearchFilter(null, null, fromInclusive, toExclusive);
    }
}
