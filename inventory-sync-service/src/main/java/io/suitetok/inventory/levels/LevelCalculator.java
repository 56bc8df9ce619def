package io.suitetok.inventory.levels;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.inventory.config.InventoryProperties;
import io.suitetok.inventory.config.ShopInventorySettings;
import io.suitetok.inventory.sellable.SellableInputs;
import io.suitetok.inventory.sellable.SellableQuantity;
import io.suitetok.inventory.sellable.SellableTerms;
import io.suitetok.inventory.store.AvailabilityStore;
import io.suitetok.inventory.store.AvailabilityStore.StoredAvailability;
import io.suitetok.inventory.store.LevelStore;
import io.suitetok.inventory.store.OrderLineStore;
import io.suitetok.inventory.store.OrderLineStore.InFlight;
import io.suitetok.inventory.store.OrderLineStore.LineKey;
import io.suitetok.inventory.store.OrderLineStore.SkuRef;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokWarehouseId;
import io.suitetok.model.inventory.InventoryLevel;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.catalog.MappedSku;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.outbox.OutboxWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the sellable quantity of every SKU mapped to the given NetSuite items, in every TikTok
 * warehouse of its shop, from the stored stock and the in-flight TikTok units. A level that changed is
 * stored as a new version (due for the push planner) and, when its number changed, announced on
 * {@code inventory.levels.v1} in the same transaction.
 *
 * <p>Items are locked (transaction-scoped advisory locks, in sorted order) before their inputs are read,
 * so two recomputations of one item run one after the other and the later one sees what the earlier
 * committed: a computation from older inputs can never be stored after a newer one.
 */
public class LevelCalculator {

    private final SkuMappingReplica mappings;
    private final AvailabilityStore availability;
    private final OrderLineStore lines;
    private final LevelStore levels;
    private final InventoryProperties properties;
    private final OutboxWriter outbox;
    private final EventCodec codec;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Counter changed;

    public LevelCalculator(SkuMappingReplica mappings, AvailabilityStore availability, OrderLineStore lines,
            LevelStore levels, InventoryProperties properties, OutboxWriter outbox, EventCodec codec, JdbcTemplate jdbc,
            TransactionTemplate transaction, MeterRegistry meters) {
        this.mappings = mappings;
        this.availability = availability;
        this.lines = lines;
        this.levels = levels;
        this.properties = properties;
        this.outbox = outbox;
        this.codec = codec;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.changed = meters.counter("inventory.levels.changed");
    }

    /**
     * Runs in the caller's transaction, or in its own.
     *
     * @return how many levels changed
     */
    public int recomputeItems(Collection<String> itemIds) {
        if (itemIds.isEmpty()) {
            return 0;
        }
        Integer count = transaction.execute(status -> recomputeLocked(new TreeSet<>(itemIds)));
        return count == null ? 0 : count;
    }

    private int recomputeLocked(TreeSet<String> items) {
        jdbc.query("select pg_advisory_xact_lock(hashtext('inventory-item:' || i)) from unnest(?) with ordinality "
                + "as u(i, n) order by n", rs -> { }, (Object) items.toArray(String[]::new));
        // An item no read has answered for yet has no known stock: computing it would push a false 0.
        Set<String> known = new HashSet<>(availability.readItems(items));
        List<MappedSku> skus = mappings.ofItems(known).stream()
                .filter(sku -> properties.shop(sku.shopId()).isPresent()).toList();
        if (skus.isEmpty()) {
            return 0;
        }
        Map<String, List<StoredAvailability>> stock = new LinkedHashMap<>();
        availability.ofItems(known).forEach(row -> stock.computeIfAbsent(row.itemId(), k -> new ArrayList<>()).add(row));
        List<SkuRef> refs = skus.stream().map(sku -> new SkuRef(sku.shopId(), sku.sellerSku())).toList();
        Map<LineKey, InFlight> inFlight = lines.inFlight(refs);
        Map<LineKey, LevelStore.Level> current = levels.ofSkus(refs);

        List<LevelStore.Computed> computed = new ArrayList<>();
        List<EventEnvelope> announcements = new ArrayList<>();
        for (MappedSku sku : skus) {
            ShopInventorySettings shop = properties.shop(sku.shopId()).orElseThrow();
            for (String warehouse : shop.warehouses()) {
                LineKey key = new LineKey(sku.shopId(), sku.sellerSku(), warehouse);
                InFlight flight = inFlight.getOrDefault(key, new InFlight(0, 0, 0));
                Map<String, Object> terms = termsOf(shop, sku, warehouse, stock.getOrDefault(sku.itemId(), List.of()),
                        flight.units(), flight.committedUnits());
                long sellable = (Long) terms.get("sellable");
                String termsJson = codec.writeText(terms);
                Optional<LevelStore.Level> before = Optional.ofNullable(current.get(key));
                if (before.isPresent() && before.get().sellable() == sellable
                        && before.get().termsJson().equals(termsJson)) {
                    continue;
                }
                long counted = (Long) terms.get("counted");
                // The push rule's basis: TikTok's sales leave it alone (a sale NetSuite commits moves units
                // from counted to the committed TikTok units), so only NetSuite's own gains and losses move it.
                computed.add(new LevelStore.Computed(key, sellable, termsJson, flight.newestLineSeq(),
                        (Long) terms.get("committed"), counted + flight.committedUnits(), counted - flight.units()));
                if (before.isEmpty() || before.get().sellable() != sellable) {
                    announcements.add(announcement(key, sellable));
                }
            }
        }
        levels.saveComputed(computed);
        outbox.enqueueAll(HubTopic.INVENTORY_LEVELS, announcements);
        changed.increment(computed.size());
        return computed.size();
    }

    private Map<String, Object> termsOf(ShopInventorySettings shop, MappedSku sku, String warehouse,
            List<StoredAvailability> rows, long inFlightUnits, long tiktokCommitted) {
        long available = 0;
        long onOrder = 0;
        long committed = 0;
        Map<String, Object> perLocation = new LinkedHashMap<>();
        for (String location : shop.locationsFeeding(warehouse)) {
            for (StoredAvailability row : rows) {
                if (row.locationId().equals(location)) {
                    long locationAvailable = wholeUnits(row.available());
                    available += locationAvailable;
                    onOrder += wholeUnits(row.onOrder());
                    committed += wholeUnits(row.committed());
                    perLocation.put(location, Map.of("onHand", wholeUnits(row.onHand()), "committed",
                            wholeUnits(row.committed()), "available", locationAvailable, "onOrder", wholeUnits(row.onOrder())));
                }
            }
        }
        SellableTerms terms = SellableQuantity.of(new SellableInputs(available, onOrder,
                shop.safetyStockOf(sku.sellerSku()), inFlightUnits, shop.rules()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("available", terms.available());
        json.put("inTransit", terms.inTransit());
        json.put("counted", terms.counted());
        json.put("safetyStock", terms.safetyStock());
        json.put("safetyStockRule", shop.safetyStockOf(sku.sellerSku()).toString());
        json.put("inFlight", terms.inFlight());
        json.put("committed", committed);
        json.put("tiktokCommitted", tiktokCommitted);
        json.put("beforeRules", terms.beforeRules());
        json.put("sellable", terms.sellable());
        json.put("limitedBy", terms.limitedBy());
        json.put("locations", perLocation);
        json.put("explanation", terms.explanation());
        return json;
    }

    /** NetSuite may hold fractions (units of measure); a fraction of a unit cannot be sold. */
    private static long wholeUnits(BigDecimal quantity) {
        return quantity == null ? 0 : Math.max(0, quantity.setScale(0, RoundingMode.FLOOR).longValue());
    }

    private EventEnvelope announcement(LineKey key, long sellable) {
        InventoryLevel level = new InventoryLevel(new ShopId(key.shopId()), new SellerSku(key.sellerSku()),
                new TikTokWarehouseId(key.warehouseId()), sellable, Instant.now());
        String messageKey = key.sellerSku() + ":" + key.warehouseId();
        return codec.envelope(InventoryEvents.InventoryLevelChanged, "inventory-sync-service", messageKey,
                key.sellerSku(), level.shopId(), level);
    }
}
