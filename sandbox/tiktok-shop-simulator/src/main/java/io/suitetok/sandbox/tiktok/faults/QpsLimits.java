package io.suitetok.sandbox.tiktok.faults;

import io.suitetok.sandbox.tiktok.SimulatorSettings;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Per-endpoint, per-shop QPS limits over a sliding one-second window, as TikTok limits per app,
 * shop and endpoint. A limit of 0 means unlimited.
 */
@Component
public class QpsLimits {

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final Map<String, Integer> perEndpoint = new HashMap<>();
    private final Map<String, Deque<Long>> windows = new HashMap<>();
    private final SimulatorSettings settings;
    private int defaultQps;

    public QpsLimits(SimulatorSettings settings) {
        this.settings = settings;
        reset();
    }

    public synchronized void reset() {
        perEndpoint.clear();
        perEndpoint.putAll(settings.qpsPerEndpoint());
        defaultQps = settings.defaultQps();
        windows.clear();
    }

    public synchronized void setLimit(String endpoint, int qps) {
        if (FaultPlan.ANY.equals(endpoint)) {
            defaultQps = qps;
        } else {
            perEndpoint.put(endpoint, qps);
        }
        windows.clear();
    }

    public synchronized int limitFor(String endpoint) {
        return perEndpoint.getOrDefault(endpoint, defaultQps);
    }

    public synchronized Map<String, Integer> limits() {
        Map<String, Integer> all = new HashMap<>(perEndpoint);
        all.put(FaultPlan.ANY, defaultQps);
        return all;
    }

    /** Takes a slot in the window, or answers false when the endpoint is saturated for this shop. */
    public synchronized boolean tryAcquire(String endpoint, String shopKey) {
        int limit = limitFor(endpoint);
        if (limit <= 0) {
            return true;
        }
        long now = System.nanoTime();
        Deque<Long> window = windows.computeIfAbsent(endpoint + "|" + shopKey, k -> new ArrayDeque<>());
        while (!window.isEmpty() && now - window.peekFirst() >= WINDOW_NANOS) {
            window.pollFirst();
        }
        if (window.size() >= limit) {
            return false;
        }
        window.addLast(now);
        return true;
    }
}
