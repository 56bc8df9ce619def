package io.suitetok.netsuite.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.suitetok.netsuite.fault.SuiteTalkFault;
import io.suitetok.netsuite.governance.AdaptiveConcurrencyLimit;
import java.util.concurrent.TimeUnit;

/**
 * The client's meters, all tagged with the SuiteTalk {@code operation}:
 * <ul>
 *   <li>{@code netsuite.suitetalk.requests} (timer): latency of each HTTP request, {@code outcome} success or fault</li>
 *   <li>{@code netsuite.suitetalk.records} (counter): records per {@code result} (written, rejected, read, missing)</li>
 *   <li>{@code netsuite.suitetalk.faults} (counter): faults by NetSuite {@code code} and {@code class}</li>
 *   <li>{@code netsuite.suitetalk.retries} (counter): retries by {@code class}</li>
 *   <li>{@code netsuite.suitetalk.permits.in-use} and {@code .limit} (gauges): the concurrency share</li>
 * </ul>
 */
public final class SuiteTalkMetrics {

    private final MeterRegistry registry;

    public SuiteTalkMetrics(MeterRegistry registry, AdaptiveConcurrencyLimit limit) {
        this.registry = registry;
        Gauge.builder("netsuite.suitetalk.permits.in-use", limit, AdaptiveConcurrencyLimit::inUse)
                .description("SuiteTalk requests this client has in flight")
                .register(registry);
        Gauge.builder("netsuite.suitetalk.permits.limit", limit, AdaptiveConcurrencyLimit::limit)
                .description("current concurrency limit (the share, lowered after concurrency faults)")
                .register(registry);
    }

    public void request(String operation, long nanos, boolean success) {
        Timer.builder("netsuite.suitetalk.requests")
                .tag("operation", operation)
                .tag("outcome", success ? "success" : "fault")
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    public void fault(String operation, SuiteTalkFault fault) {
        Counter.builder("netsuite.suitetalk.faults")
                .tag("operation", operation)
                .tag("code", fault.code())
                .tag("class", fault.faultClass().name())
                .register(registry)
                .increment();
    }

    public void retry(String operation, SuiteTalkFault fault) {
        Counter.builder("netsuite.suitetalk.retries")
                .tag("operation", operation)
                .tag("class", fault.faultClass().name())
                .register(registry)
                .increment();
    }

    /** A record of an undeclared type taken out of an answer, or an undeclared element JAXB ignores. */
    public void skipped(String what, String type) {
        Counter.builder("netsuite.suitetalk.skipped")
                .tag("what", what)
                .tag("type", type)
                .register(registry)
                .increment();
    }

    public void records(String operation, String result, int count) {
        if (count == 0) {
            return;
        }
        Counter.builder("netsuite.suitetalk.records")
                .tag("operation", operation)
                .tag("result", result)
                .register(registry)
                .increment(count);
    }
}
