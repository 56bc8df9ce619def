package io.suitetok.sandbox.tiktok.orders;

import java.util.List;

/** The documented Search Returns filters; a misspelt one is refused rather than widening the search. */
record ReturnSearchBody(List<String> orderIds, List<String> returnIds, List<String> returnTypes,
        List<String> returnStatus, Long createTimeGe, Long createTimeLt, Long updateTimeGe, Long updateTimeLt) {

    boolean matches(ReturnOrder r) {
        return (orderIds == null || orderIds.contains(r.orderId))
                && (returnIds == null || returnIds.contains(r.returnId))
                && (returnTypes == null || returnTypes.contains(r.returnType))
                && (returnStatus == null || returnStatus.contains(r.status))
                && (createTimeGe == null || r.createTime >= createTimeGe)
                && (createTimeLt == null || r.createTime < createTimeLt)
                && (updateTimeGe == null || r.updateTime >= updateTimeGe)
                && (updateTimeLt == null || r.updateTime < updateTimeLt);
    }
}
