package io.suitetok.tiktok.model.order;

import java.util.List;

/** A cancellation request and the unit lines it covers (Search Cancellations). */
public record CancellationRecord(
        String cancelId,
        String orderId,
        String cancelStatus,
        String cancelType,
        String role,
        Long createTime,
        Long updateTime,
        List<AffectedLine> cancelLineItems) {
}
