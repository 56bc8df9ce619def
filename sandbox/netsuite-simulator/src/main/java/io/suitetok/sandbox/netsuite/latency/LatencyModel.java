package io.suitetok.sandbox.netsuite.latency;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each SuiteTalk operation holds its concurrency slot: {@code (fixed + perRecord x records) x scale},
 * the simulator's own work on it included (SOAP; a REST request's one record is applied after it).
 * The defaults are the simulator's assumptions, not NetSuite measurements: order-of-magnitude figures for
 * a sandbox account (a write list of 100 sales orders takes several seconds, a getServerTime a few tens
 * of milliseconds), chosen so that batching and the concurrency share change benchmark results the way
 * they would against NetSuite. Scale 0 turns latency off for tests.
 */
public record LatencyModel(Map<String, OperationLatency> operations, double scale) {

    public LatencyModel {
        operations = Map.copyOf(operations);
        if (scale < 0) {
            throw new IllegalArgumentException("scale cannot be negative");
        }
    }

    public static LatencyModel defaults() {
        Map<String, OperationLatency> operations = new LinkedHashMap<>();
        OperationLatency write = new OperationLatency(250, 45);
        operations.put("add", write);
        operations.put("addList", write);
        operations.put("update", write);
        operations.put("updateList", write);
        operations.put("upsert", write);
        operations.put("upsertList", write);
        operations.put("get", new OperationLatency(120, 10));
        operations.put("getList", new OperationLatency(120, 10));
        operations.put("search", new OperationLatency(400, 4));
        operations.put("searchMoreWithId", new OperationLatency(250, 4));
        operations.put("initialize", new OperationLatency(200, 0));
        operations.put("getItemAvailability", new OperationLatency(200, 0.5));
        operations.put("getServerTime", new OperationLatency(40, 0));
        operations.put("getCurrencyRate", new OperationLatency(80, 0));
        operations.put("getDeleted", new OperationLatency(200, 1));
        // SuiteTalk REST: one record per request, so a write costs what a one-record SOAP write costs and a
        // batch of fifty costs fifty of them (sent side by side within the share); a SuiteQL page is priced as
        // a search page. Without these the REST adapter would look faster than SOAP for free.
        operations.put("rest.record.put", write);
        operations.put("rest.record.post", write);
        operations.put("rest.record.get", new OperationLatency(120, 10));
        operations.put("rest.suiteql", new OperationLatency(250, 0));
        return new LatencyModel(operations, 1.0);
    }

    public static LatencyModel none() {
        return new LatencyModel(Map.of(), 0);
    }

    public Duration of(String operation, int records) {
        OperationLatency latency = operations.get(operation);
        return latency == null ? Duration.ZERO : latency.of(records, scale);
    }

    public LatencyModel scaled(double newScale) {
        return new LatencyModel(operations, newScale);
    }
}
