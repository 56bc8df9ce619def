package io.suitetok.inventory.netsuite;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.inventory.config.InventoryProperties;
import io.suitetok.inventory.levels.LevelCalculator;
import io.suitetok.inventory.store.AvailabilityStore;
import io.suitetok.inventory.store.OrderLineStore;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.watermark.WatermarkStore;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.netsuite.gateway.ItemAvailabilityRow;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads NetSuite's stock (getItemAvailability) and turns it into levels: stores the rows of mapped
 * locations, records which items the read covered and when it started, releases the in-flight units
 * of orders NetSuite now provably counts as committed, and recomputes the items that changed.
 */
public class AvailabilityReader {

    static final String WATERMARK = "item-availability";

    private final NetSuiteGateway netsuite;
    private final AvailabilityStore availability;
    private final SkuMappingReplica mappings;
    private final OrderLineStore lines;
    private final WatermarkStore watermarks;
    private final LevelCalculator calculator;
    private final InventoryProperties properties;
    private final TransactionTemplate transaction;
    private final MeterRegistry meters;

    public AvailabilityReader(NetSuiteGateway netsuite, AvailabilityStore availability, SkuMappingReplica mappings,
            OrderLineStore lines, WatermarkStore watermarks, LevelCalculator calculator, InventoryProperties properties,
            TransactionTemplate transaction, MeterRegistry meters) {
        this.netsuite = netsuite;
        this.availability = availability;
        this.mappings = mappings;
        this.lines = lines;
        this.watermarks = watermarks;
        this.calculator = calculator;
        this.properties = properties;
        this.transaction = transaction;
        this.meters = meters;
    }

    /**
     * The short-schedule poll: rows of mapped items whose quantity available changed since the
     * watermark (less the overlap). The watermark is NetSuite's own clock, taken before the read.
     *
     * @return levels changed
     */
    public int readChanged() {
        List<String> items = mappings.mappedItems();
        Instant serverTime = netsuite.serverTime();
        if (items.isEmpty()) {
            watermarks.advance(WATERMARK, serverTime);
            return 0;
        }
        Instant since = watermarks.readUntil(WATERMARK).map(mark -> mark.minus(properties.watermarkOverlap()))
                .orElse(null);
        Instant startedAt = availability.now();
        List<ItemAvailabilityRow> rows = netsuite.itemAvailability(ids(items), since);
        int changed = apply(rows, null, startedAt, Set.of());
        watermarks.advance(WATERMARK, serverTime);
        return changed;
    }

    /**
     * Reads the named items whatever their last change (a movement, a new mapping, a recalculation step)
     * and recomputes all of them.
     *
     * @return levels changed
     */
    public int readItems(Collection<String> itemIds) {
        return itemIds.isEmpty() ? 0 : store(fetch(itemIds));
    }

    /**
     * The NetSuite half of {@link #readItems}: a recalculation fetches the next chunk while it stores this
     * one, so NetSuite's answer time is not added to every chunk's.
     */
    public ItemsRead fetch(Collection<String> itemIds) {
        Instant startedAt = availability.now();
        return new ItemsRead(List.copyOf(itemIds), startedAt, netsuite.itemAvailability(ids(itemIds), null));
    }

    /** The database half of {@link #readItems}. @return levels changed */
    public int store(ItemsRead read) {
        return apply(read.rows(), read.itemIds(), read.startedAt(), read.itemIds());
    }

    /** NetSuite's answer for named items, and when the read started (the hub's database clock). */
    public record ItemsRead(List<String> itemIds, Instant startedAt, List<ItemAvailabilityRow> rows) {
    }

    private int apply(List<ItemAvailabilityRow> rows, Collection<String> coveredItems, Instant startedAt,
            Collection<String> alwaysRecompute) {
        Set<String> mappedLocations = properties.mappedLocations();
        List<ItemAvailabilityRow> kept = rows.stream().filter(row -> {
            if (mappedLocations.contains(row.location().value())) {
                return true;
            }
            // Configuration decides which locations sell on TikTok; the rest are counted so ops can see them.
            meters.counter("inventory.locations.unmapped", "location", row.location().value()).increment();
            return false;
        }).toList();
        Integer changed = transaction.execute(status -> {
            availability.save(kept, startedAt);
            Set<String> recompute = new LinkedHashSet<>(alwaysRecompute);
            kept.forEach(row -> recompute.add(row.item().value()));
            Set<String> covered = new LinkedHashSet<>(recompute);
            if (coveredItems == null) {
                covered.add(AvailabilityStore.EVERY_ITEM);
            }
            availability.covered(covered, startedAt);
            recompute.addAll(lines.releaseCommitted(startedAt, coveredItems));
            return calculator.recomputeItems(recompute);
        });
        return changed == null ? 0 : changed;
    }

    private static List<NetSuiteInternalId> ids(Collection<String> items) {
        return items.stream().map(NetSuiteInternalId::new).toList();
    }
}
