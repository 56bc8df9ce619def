package io.suitetok.sandbox.netsuite.admin;

import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.latency.OperationLatency;
import java.util.Map;

/** The JSON bodies the admin API accepts besides seeds and stock adjustments. */
final class AdminRequests {

    private AdminRequests() {
    }

    /** {@code PUT /sim/governance}: any field may be left out. */
    record GovernanceChange(Integer accountLimit, TrafficShape otherTraffic, Boolean resetStats) {
    }

    record TrafficShape(int slots, long holdMillis, long pauseMillis) {
    }

    /** {@code POST /sim/faults}: times defaults to 1, delayMillis to 0. */
    record FaultRequest(String operation, FaultKind kind, Integer times, Long delayMillis) {
    }

    /** {@code PUT /sim/latency}: a new scale, and per-operation models that replace the current ones. */
    record LatencyChange(Double scale, Map<String, OperationLatency> operations) {
    }

    record RecordSummary(String type, String internalId, String externalId, String tranId, String name,
                         String lastModifiedDate) {
    }
}
