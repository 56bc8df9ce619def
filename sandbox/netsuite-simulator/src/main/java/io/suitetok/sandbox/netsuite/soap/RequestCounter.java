package io.suitetok.sandbox.netsuite.soap;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** SOAP requests received per operation, authenticated or not, admitted or not. */
public final class RequestCounter {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    public void received(String operation) {
        counts.computeIfAbsent(operation, key -> new LongAdder()).increment();
    }

    public long of(String operation) {
        LongAdder count = counts.get(operation);
        return count == null ? 0 : count.sum();
    }

    public Map<String, Long> all() {
        Map<String, Long> snapshot = new TreeMap<>();
        counts.forEach((operation, count) -> snapshot.put(operation, count.sum()));
        return snapshot;
    }

    public void clear() {
        counts.clear();
    }
}
