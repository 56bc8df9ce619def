package io.suitetok.sandbox.netsuite.latency;

import java.time.Duration;

/** The time one operation takes: a fixed part plus a part per record in the request or answer. */
public record OperationLatency(long fixedMillis, double perRecordMillis) {

    public OperationLatency {
        if (fixedMillis < 0 || perRecordMillis < 0) {
            throw new IllegalArgumentException("latency cannot be negative");
        }
    }

    Duration of(int records, double scale) {
        return Duration.ofMillis(Math.round((fixedMillis + perRecordMillis * records) * scale));
    }
}
