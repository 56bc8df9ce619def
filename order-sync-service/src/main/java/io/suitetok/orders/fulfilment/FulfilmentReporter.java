package io.suitetok.orders.fulfilment;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.order.Order;
import io.suitetok.model.order.OrderShipment;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.netsuite.gateway.FulfilmentSnapshot;
import io.suitetok.orders.config.OrderProperties;
import io.suitetok.orders.config.OrderShopSettings;
import io.suitetok.orders.store.FulfilmentStore;
import io.suitetok.orders.store.OrderSnapshotStore;
import io.suitetok.orders.store.OrderState;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.orders.store.Shipment;
import io.suitetok.orders.store.Shipment.State;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.outbox.OutboxWriter;
import io.suitetok.tiktok.error.ValidationException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.runtime.metrics.SyncLag;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reports one NetSuite item fulfilment to TikTok, exactly once. A fulfilment that cannot be reported is
 * parked with what to fix (replayable, and re-read when it changes in NetSuite). The row is marked
 * UNKNOWN before the call, so a lost answer or a crash mid-call is checked against TikTok before
 * anything is sent again: TikTok refuses to ship a unit twice, and a blind resend would park a
 * shipment that in fact landed.
 */
@Component
public class FulfilmentReporter {

    private static final Logger log = LoggerFactory.getLogger(FulfilmentReporter.class);

    /** What became of a fulfilment, for the poll's log line. */
    public enum Outcome { SHIPPED, PARKED, IN_DOUBT, NOT_SHIPPED_YET, NOT_FROM_TIKTOK, ALREADY_REPORTED }

    private final FulfilmentStore store;
    private final OrderStateStore states;
    private final OrderSnapshotStore snapshots;
    private final SkuMappingReplica skus;
    private final OrderProperties properties;
    private final TikTokShipper shipper;
    private final OutboxWriter outbox;
    private final EventCodec codec;
    private final TransactionTemplate transaction;
    /** fulfilment → TikTok: from NetSuite's last change of the fulfilment to TikTok taking the shipment. */
    private final SyncLag lag;

    public FulfilmentReporter(FulfilmentStore store, OrderStateStore states, OrderSnapshotStore snapshots,
            SkuMappingReplica skus, OrderProperties properties, TikTokShipper shipper, OutboxWriter outbox, EventCodec codec,
            TransactionTemplate transaction, MeterRegistry meters) {
        this.lag = SyncLag.of(meters, "fulfilment", "tiktok");
        this.store = store;
        this.states = states;
        this.snapshots = snapshots;
        this.skus = skus;
        this.properties = properties;
        this.shipper = shipper;
        this.outbox = outbox;
        this.codec = codec;
        this.transaction = transaction;
    }

    /** A fulfilment as read from NetSuite (new, or changed since it was last read). */
    public Outcome accept(FulfilmentSnapshot fulfilment) {
        if (!properties.fulfilments().shipStatuses().contains(fulfilment.shipStatus())) {
            return Outcome.NOT_SHIPPED_YET;
        }
        Optional<Shipment> known = store.find(fulfilment.internalId().value());
        if (known.isPresent() && known.get().state() != State.PARKED) {
            // Reported or in flight. A later edit (say a corrected tracking number) is not resent: TikTok
            // refuses a second ship of the same units.
            return Outcome.ALREADY_REPORTED;
        }
        Optional<OrderState> order = fulfilment.salesOrder() == null ? Optional.empty()
                : states.findBySalesOrder(fulfilment.salesOrder().value());
        if (order.isEmpty()) {
            return Outcome.NOT_FROM_TIKTOK;
        }
        return process(new Shipment(fulfilment.internalId().value(), order.get().shopId(), order.get().orderId(),
                State.PENDING, fulfilment, List.of(), null, null, null, null, Instant.now()));
    }

    /** Reports a pending (new or replayed) shipment, or settles one whose last answer was lost. */
    public Outcome process(Shipment shipment) {
        Optional<Order> order = snapshots.find(shipment.shopId(), shipment.orderId());
        if (order.isEmpty()) {
            return park(shipment, "no TikTok snapshot of order " + shipment.orderId());
        }
        boolean byTikTok = TikTokShipper.shippedByTikTok(order.get());
        if (shipment.state() == State.UNKNOWN) {
            Optional<String> landed = shipper.landed(shipment, byTikTok);
            if (landed.isPresent()) {
                return shipped(shipment, landed.get());
            }
            return send(shipment, byTikTok);
        }
        return prepare(shipment, order.get(), byTikTok).map(ready -> send(ready, byTikTok))
                .orElse(Outcome.PARKED);
    }

    /** Chooses units, carrier and tracking number; parks the shipment when one of them is missing. */
    private Optional<Shipment> prepare(Shipment shipment, Order order, boolean byTikTok) {
        FulfilmentSnapshot fulfilment = shipment.fulfilment();
        Optional<OrderShopSettings> settings = properties.shop(shipment.shopId());
        if (settings.isEmpty()) {
            park(shipment, "shop " + shipment.shopId() + " is not configured under hub.orders.shops");
            return Optional.empty();
        }
        String tracking = fulfilment.packages().stream().map(FulfilmentSnapshot.TrackedPackage::trackingNumber)
                .filter(number -> number != null && !number.isBlank()).findFirst().orElse(null);
        if (!byTikTok && tracking == null) {
            park(shipment, "fulfilment " + fulfilment.tranId() + " has no tracking number; add it in NetSuite");
            return Optional.empty();
        }
        String shipMethod = fulfilment.shipMethodId() == null ? null : fulfilment.shipMethodId().value();
        String carrier = byTikTok ? settings.get().handoverMethod() : settings.get().carrierFor(shipMethod).orElse(null);
        if (carrier == null) {
            park(shipment, "no TikTok shipping provider for NetSuite ship method " + shipMethod + " ("
                    + fulfilment.shipMethod() + "): map it in hub.orders.shops[].carriers, then replay");
            return Optional.empty();
        }
        ShippedUnits.Choice units = ShippedUnits.choose(order, fulfilment.lines(),
                item -> skus.sellerSkusOf(shipment.shopId(), item), unitsReportedBefore(shipment));
        if (!units.complete()) {
            park(shipment, String.join("; ", units.problems()));
            return Optional.empty();
        }
        return Optional.of(new Shipment(shipment.fulfilmentId(), shipment.shopId(), shipment.orderId(), State.PENDING,
                fulfilment, units.unitLineIds(), tracking, carrier, null, null, shipment.updatedAt()));
    }

    private Outcome send(Shipment ready, boolean byTikTok) {
        store.save(ready.with(State.UNKNOWN, null));
        try {
            return shipped(ready, shipper.ship(ready, byTikTok));
        } catch (ValidationException refused) {
            return park(ready, "TikTok refused the shipment: " + refused.getMessage());
        } catch (TikTokShipper.PartOfAPackage partial) {
            return park(ready, partial.getMessage());
        } catch (RuntimeException inDoubt) {
            log.warn("fulfilment {} of order {}: no answer from TikTok ({}); TikTok is checked before a resend",
                    ready.fulfilmentId(), ready.orderId(), inDoubt.toString());
            return Outcome.IN_DOUBT;
        }
    }

    private Set<String> unitsReportedBefore(Shipment shipment) {
        Set<String> units = new HashSet<>();
        store.ofOrder(shipment.shopId(), shipment.orderId()).stream()
                .filter(other -> !other.fulfilmentId().equals(shipment.fulfilmentId()))
                .filter(other -> other.state() == State.SHIPPED || other.state() == State.UNKNOWN)
                .forEach(other -> units.addAll(other.unitLineIds()));
        return units;
    }

    private Outcome shipped(Shipment shipment, String packageId) {
        FulfilmentSnapshot fulfilment = shipment.fulfilment();
        Shipment done = new Shipment(shipment.fulfilmentId(), shipment.shopId(), shipment.orderId(), State.SHIPPED,
                fulfilment, shipment.unitLineIds(), shipment.trackingNumber(), shipment.carrier(), packageId, null,
                shipment.updatedAt());
        OrderShipment event = new OrderShipment(done.shopId(), done.orderId(), done.fulfilmentId(), fulfilment.tranId(),
                done.trackingNumber(), done.carrier(), packageId, done.unitLineIds(), fulfilment.shippedDate());
        transaction.executeWithoutResult(status -> {
            store.save(done);
            states.journey(done.shopId(), done.orderId(), "SHIPPED_ON_TIKTOK", "fulfilment " + fulfilment.tranId()
                    + " (" + done.fulfilmentId() + "): " + done.unitLineIds().size() + " unit(s), tracking "
                    + done.trackingNumber() + ", package " + packageId);
            outbox.enqueue(HubTopic.ORDER_FULFILMENTS, codec.envelope(FulfilmentEvents.OrderShipped,
                    "order-sync-service", done.orderId(), done.orderId(), new ShopId(done.shopId()), event));
        });
        lag.acknowledged(fulfilment.lastModified());
        return Outcome.SHIPPED;
    }

    private Outcome park(Shipment shipment, String reason) {
        transaction.executeWithoutResult(status -> {
            store.save(shipment.with(State.PARKED, reason));
            states.journey(shipment.shopId(), shipment.orderId(), "FULFILMENT_PARKED", "fulfilment "
                    + shipment.fulfilment().tranId() + " (" + shipment.fulfilmentId() + "): " + reason);
        });
        return Outcome.PARKED;
    }
}
