package io.suitetok.sandbox.tiktok.orders;

import io.suitetok.sandbox.tiktok.StateLock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * External order references (the NetSuite Sales Order on a TikTok order), one per order and
 * platform: writing the same platform again replaces the reference, so a retried write-back is
 * harmless.
 */
@Component
public class ExternalReferences {

    private final Map<String, Map<String, ExternalOrder>> byOrder = new HashMap<>();
    private final StateLock lock;

    public ExternalReferences(StateLock lock) {
        this.lock = lock;
    }

    void put(String orderId, ExternalOrder reference) {
        lock.run(() -> byOrder.computeIfAbsent(orderId, k -> new LinkedHashMap<>()).put(reference.platform(),
                reference));
    }

    public List<ExternalOrder> of(String orderId) {
        return lock.apply(() -> List.copyOf(byOrder.getOrDefault(orderId, Map.of()).values()));
    }

    /** Every order that has a reference, for the inspection API. */
    public Map<String, List<ExternalOrder>> all() {
        return lock.apply(() -> {
            Map<String, List<ExternalOrder>> copy = new LinkedHashMap<>();
            byOrder.forEach((order, refs) -> copy.put(order, List.copyOf(refs.values())));
            return copy;
        });
    }

    public void reset() {
        lock.run(byOrder::clear);
    }
}
