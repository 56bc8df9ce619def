package io.suitetok.tiktok.model.order;

import java.util.List;

/** A return or refund and the unit lines it covers (Search Returns). */
public record ReturnRecord(
        String returnId,
        String orderId,
        String returnType,
        String returnStatus,
        String role,
        Long createTime,
        Long updateTime,
        List<AffectedLine> returnLineItems) {
}
