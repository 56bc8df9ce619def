package io.suitetok.sandbox.tiktok;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * TikTok-looking ids (long digit strings), one counter per kind so that a fresh simulator hands
 * out the same ids in the same order: seeded runs are reproducible. Counters survive a reset, so
 * an id is never reused within one run.
 */
@Component
public class IdSequence {

    /** First id of each kind; lengths follow TikTok's (18-digit orders, 19-digit products and SKUs). */
    private static final Map<String, Long> STARTS = Map.ofEntries(
            Map.entry("order", 576_000_000_000_100_001L),
            Map.entry("line", 577_000_000_000_100_001L),
            Map.entry("package", 1_153_000_000_000_100_001L),
            Map.entry("product", 1_729_000_000_000_100_001L),
            Map.entry("sku", 1_729_100_000_000_100_001L),
            Map.entry("cancel", 4_035_000_000_000_100_001L),
            Map.entry("return", 4_036_000_000_000_100_001L),
            Map.entry("statement", 7_211_000_000_000_100_001L),
            Map.entry("transaction", 7_212_000_000_000_100_001L),
            Map.entry("payment", 7_213_000_000_000_100_001L),
            Map.entry("adjustment", 7_214_000_000_000_100_001L),
            Map.entry("notification", 7_380_000_000_000_100_001L),
            Map.entry("buyer", 7_494_000_000_000_100_001L),
            Map.entry("activity", 7_418_000_000_000_100_001L),
            Map.entry("tracking", 1_000_000_000_100_001_001L));

    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    public String next(String kind) {
        Long start = STARTS.get(kind);
        if (start == null) {
            throw new IllegalArgumentException("no id sequence for " + kind);
        }
        return Long.toString(counters.computeIfAbsent(kind, k -> new AtomicLong(start)).getAndIncrement());
    }
}
