package io.suitetok.inventory.orders;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.inventory.config.InventoryProperties;
import io.suitetok.inventory.config.ShopInventorySettings;
import io.suitetok.inventory.levels.LevelCalculator;
import io.suitetok.inventory.store.LevelVerifications;
import io.suitetok.inventory.store.OrderLineStore;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.order.ComponentSku;
import io.suitetok.model.order.Order;
import io.suitetok.model.order.OrderLine;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.runtime.inbox.Inbox;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * TikTok orders from orders.v1 become in-flight units per SKU and warehouse, and the SKU's sellable
 * quantity is recomputed at once. TikTok took those units off its own count when it sold them (unpaid
 * orders included); until NetSuite commits them, the hub must not offer them again.
 */
@Component
public class OrderSnapshotListener {

    static final String CONSUMER = "inventory-order-snapshots";
    private static final Logger log = LoggerFactory.getLogger(OrderSnapshotListener.class);
    /** A pre-order unit NetSuite never commits stops counting once it has left the warehouse. */
    private static final Set<OrderStatus> SHIPPED = EnumSet.of(OrderStatus.AWAITING_COLLECTION, OrderStatus.IN_TRANSIT,
            OrderStatus.DELIVERED, OrderStatus.COMPLETED);

    private final Inbox inbox;
    private final EventCodec codec;
    private final OrderLineStore lines;
    private final SkuMappingReplica mappings;
    private final LevelCalculator calculator;
    private final LevelVerifications verifications;
    private final InventoryProperties properties;
    private final MeterRegistry meters;

    public OrderSnapshotListener(Inbox inbox, EventCodec codec, OrderLineStore lines, SkuMappingReplica mappings,
            LevelCalculator calculator, LevelVerifications verifications, InventoryProperties properties,
            MeterRegistry meters) {
        this.inbox = inbox;
        this.codec = codec;
        this.lines = lines;
        this.mappings = mappings;
        this.calculator = calculator;
        this.verifications = verifications;
        this.properties = properties;
        this.meters = meters;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = "#{@hubTopicNames.name('orders.v1')}")
    public void on(EventEnvelope event) {
        if (!"OrderSnapshotReceived".equals(event.type())) {
            return;
        }
        Order order = codec.payload(event, Order.class);
        ShopInventorySettings shop = properties.shop(order.shopId().value()).orElse(null);
        if (shop == null) {
            log.debug("order {} is from shop {}, which this service does not stock", order.orderId(), order.shopId());
            return;
        }
        String named = order.delivery() == null || order.delivery().warehouseId() == null ? null
                : order.delivery().warehouseId().value();
        String warehouse = shop.orderWarehouse(named);
        if (warehouse == null) {
            return;
        }
        if (shop.isUnknownWarehouse(named)) {
            // Counted against the default so the units are not handed back; ops should map the warehouse.
            meters.counter("inventory.orders.unknown-warehouse", "shop", order.shopId().value(), "warehouse", named)
                    .increment();
        }
        inbox.processOnce(CONSUMER, event.eventId(), () -> {
            Map<String, Units> perSku = unitsPerSku(order);
            perSku.forEach((sku, units) -> {
                // Ordinary and pre-order units leave flight at different moments, so each is its own line.
                for (boolean preOrder : new boolean[] {false, true}) {
                    int active = preOrder ? units.preOrder : units.ordinary;
                    boolean present = preOrder ? units.hasPreOrder : units.hasOrdinary;
                    OrderLineStore.OrderLine line = new OrderLineStore.OrderLine(order.shopId().value(),
                            order.orderId().value(), sku, warehouse, active, preOrder, order.status().name(),
                            order.createTime(), order.updateTime(), preOrder && SHIPPED.contains(order.status()));
                    if (present) {
                        lines.record(line);
                    } else {
                        lines.clearIfStored(line);
                    }
                }
            });
            calculator.recomputeItems(mappings.itemsOf(order.shopId().value(), perSku.keySet()));
            // TikTok put cancelled units back on its count by itself. The hub's number rises with them only if
            // it had counted them (an order first heard of already cancelled, or one whose sale a push had
            // overwritten, was not), so TikTok may now show more than sellable: read it back.
            verifications.requestNow(cancelledSkus(order));
        });
    }

    /** SKUs whose units TikTok put back: a combined listing's are its components'. */
    private static List<OrderLineStore.SkuRef> cancelledSkus(Order order) {
        return order.lines().stream()
                .filter(line -> order.status() == OrderStatus.CANCELLED || !line.cancelledUnitLineIds().isEmpty())
                .flatMap(line -> line.components().isEmpty() ? Stream.of(line.sellerSku())
                        : line.components().stream().map(ComponentSku::sellerSku))
                .filter(Objects::nonNull)
                .map(sku -> new OrderLineStore.SkuRef(order.shopId().value(), sku.value()))
                .distinct().toList();
    }

    /**
     * Gifts and paid units of one SKU arrive as separate lines; stock counts them together, per kind. A
     * combined listing holds no stock of its own: its units are counted on its component SKUs, each
     * times its count per unit.
     */
    static Map<String, Units> unitsPerSku(Order order) {
        Map<String, Units> perSku = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            int active = order.status() == OrderStatus.CANCELLED ? 0 : line.activeQuantity();
            if (!line.components().isEmpty()) {
                for (ComponentSku component : line.components()) {
                    if (component.sellerSku() != null) {
                        perSku.merge(component.sellerSku().value(),
                                Units.of(active * component.countPerUnit(), line.preOrder()), Units::plus);
                    }
                }
                continue;
            }
            if (line.sellerSku() == null) {
                continue;
            }
            perSku.merge(line.sellerSku().value(), Units.of(active, line.preOrder()), Units::plus);
        }
        return perSku;
    }

    record Units(int ordinary, int preOrder, boolean hasOrdinary, boolean hasPreOrder) {

        static Units of(int active, boolean preOrder) {
            return preOrder ? new Units(0, active, false, true) : new Units(active, 0, true, false);
        }

        Units plus(Units other) {
            return new Units(ordinary + other.ordinary, preOrder + other.preOrder, hasOrdinary || other.hasOrdinary,
                    hasPreOrder || other.hasPreOrder);
        }
    }
}
