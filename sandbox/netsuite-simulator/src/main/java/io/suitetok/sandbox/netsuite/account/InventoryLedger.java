package io.suitetok.sandbox.netsuite.account;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quantities per item and location. Sales orders commit and back-order, fulfilments consume,
 * the admin API receives and adjusts. Every change that moves the quantity available stamps the
 * row's last quantity change. Not thread-safe: {@link SimulatedAccount} holds its lock around it.
 */
final class InventoryLedger {

    /** Per item, per location: an availability request names items, and must not scan every row per item. */
    private final Map<String, Map<String, StockLevel>> levels = new LinkedHashMap<>();
    private final MonotonicClock clock;

    InventoryLedger(MonotonicClock clock) {
        this.clock = clock;
    }

    StockLevel level(String item, String location) {
        return levels.computeIfAbsent(item, k -> new LinkedHashMap<>()).computeIfAbsent(location,
                k -> new StockLevel(item, location, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        clock.now()));
    }

    Optional<StockLevel> find(String item, String location) {
        return Optional.ofNullable(levels.getOrDefault(item, Map.of()).get(location));
    }

    void set(String item, String location, BigDecimal onHand, BigDecimal onOrder) {
        StockLevel current = level(item, location);
        store(new StockLevel(item, location, onHand, current.committed(), onOrder, current.backOrdered(),
                current.lastQtyAvailableChange()), current);
    }

    void commit(String item, String location, BigDecimal committed, BigDecimal backOrdered) {
        StockLevel current = level(item, location);
        store(new StockLevel(item, location, current.onHand(), current.committed().add(committed), current.onOrder(),
                current.backOrdered().add(backOrdered), current.lastQtyAvailableChange()), current);
    }

    /** A fulfilment ships {@code quantity}, of which {@code committedPart} had been committed. */
    void ship(String item, String location, BigDecimal quantity, BigDecimal committedPart) {
        StockLevel current = level(item, location);
        store(new StockLevel(item, location, current.onHand().subtract(quantity),
                current.committed().subtract(committedPart), current.onOrder(), current.backOrdered(),
                current.lastQtyAvailableChange()), current);
    }

    /** Goods received into a location (a return): on hand, and with it available, rises. */
    void receive(String item, String location, BigDecimal quantity) {
        StockLevel current = level(item, location);
        store(new StockLevel(item, location, current.onHand().add(quantity), current.committed(), current.onOrder(),
                current.backOrdered(), current.lastQtyAvailableChange()), current);
    }

    List<StockLevel> all() {
        List<StockLevel> all = new ArrayList<>();
        levels.values().forEach(ofItem -> all.addAll(ofItem.values()));
        return all;
    }

    List<StockLevel> ofItem(String item) {
        return List.copyOf(levels.getOrDefault(item, Map.of()).values());
    }

    void clear() {
        levels.clear();
    }

    private void store(StockLevel next, StockLevel previous) {
        OffsetDateTime changed = next.available().compareTo(previous.available()) != 0
                || next.onHand().compareTo(previous.onHand()) != 0
                ? clock.now() : previous.lastQtyAvailableChange();
        levels.get(next.item()).put(next.location(), new StockLevel(next.item(), next.location(), next.onHand(),
                next.committed(), next.onOrder(), next.backOrdered(), changed));
    }
}
