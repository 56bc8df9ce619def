package io.suitetok.orders.netsuite;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokOrderId;
import io.suitetok.model.order.Order;
import io.suitetok.model.order.SalesOrderResult;
import io.suitetok.model.order.OrderLine;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.netsuite.gateway.SalesOrderDraft;
import io.suitetok.netsuite.gateway.WriteOutcome;
import io.suitetok.orders.config.OrderProperties;
import io.suitetok.orders.config.OrderShopSettings;
import io.suitetok.orders.mapping.SalesOrderMapper;
import io.suitetok.orders.mapping.SalesOrderMapping;
import io.suitetok.orders.store.OrderSnapshotStore;
import io.suitetok.orders.store.OrderState;
import io.suitetok.orders.store.OrderState.Stage;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.orders.store.SentSalesOrders;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.metrics.SyncLag;
import io.suitetok.runtime.outbox.OutboxWriter;
import io.suitetok.runtime.tracing.TraceParents;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes waiting orders to NetSuite in batches: one {@code upsertList} per batch, within the service's
 * concurrency share (the gateway enforces it). Each order's outcome is handled on its own: a written
 * order records its Sales Order, a data error or an unmapped SKU parks that order with its reason, and
 * a passing failure leaves it waiting for the next flush. The batch is taken with row locks that other
 * replicas skip, and the external id makes a repeated write update the same Sales Order.
 */
public class SalesOrderFlusher {

    private static final Logger log = LoggerFactory.getLogger(SalesOrderFlusher.class);

    private final OrderSnapshotStore snapshots;
    private final OrderStateStore states;
    private final SkuMappingReplica skus;
    private final NetSuiteGateway netsuite;
    private final SalesOrderMapper mapper;
    private final OrderProperties properties;
    private final OutboxWriter outbox;
    private final EventCodec codec;
    private final TransactionTemplate transaction;
    private final BuyerCustomers buyers;
    private final SentSalesOrders sent;
    private final SyncLag lag;
    private final TraceParents traces;

    /** @param lag order → NetSuite: from the snapshot's TikTok update_time to the Sales Order written */
    public SalesOrderFlusher(OrderSnapshotStore snapshots, OrderStateStore states, SkuMappingReplica skus,
            NetSuiteGateway netsuite, SalesOrderMapper mapper, OrderProperties properties, OutboxWriter outbox,
            EventCodec codec, TransactionTemplate transaction, BuyerCustomers buyers, SentSalesOrders sent,
            SyncLag lag, TraceParents traces) {
        this.lag = lag;
        this.traces = traces;
        this.buyers = buyers;
        this.sent = sent;
        this.snapshots = snapshots;
        this.states = states;
        this.skus = skus;
        this.netsuite = netsuite;
        this.mapper = mapper;
        this.properties = properties;
        this.outbox = outbox;
        this.codec = codec;
        this.transaction = transaction;
    }

    /** One batch; returns how many orders it settled (written, parked or set waiting). */
    public int flushOnce() {
        Integer settled = transaction.execute(status -> {
            List<OrderSnapshotStore.Pending> pending = snapshots.lockPending(properties.batchSize());
            List<Order> batch = pending.stream().map(OrderSnapshotStore.Pending::order).toList();
            List<Order> toWrite = new ArrayList<>();
            List<SalesOrderDraft> drafts = new ArrayList<>();
            Map<TikTokOrderId, String> fingerprints = new java.util.HashMap<>();
            int done = 0;
            for (Order order : batch) {
                Optional<String> skipped = settleWithoutWriting(order);
                if (skipped.isPresent()) {
                    done++;
                    continue;
                }
                SalesOrderMapping mapping = map(order);
                if (mapping.isParked()) {
                    park(order, mapping.parkReasons());
                    done++;
                } else if (unchangedForNetSuite(order, mapping.draft(), fingerprints)) {
                    done++;
                } else {
                    toWrite.add(order);
                    drafts.add(mapping.draft());
                }
            }
            done += bookToBuyers(toWrite, drafts);
            if (!drafts.isEmpty()) {
                sent.recordSending(toWrite.stream().map(order -> new SentSalesOrders.OrderKey(order.shopId().value(),
                        order.orderId().value())).toList());
                // One call for the batch: its span continues the first order's trace and links the others', so each
                // order's trace reaches the NetSuite write (docs/tracing.md).
                List<String> batchTraces = pending.stream().filter(p -> toWrite.contains(p.order()))
                        .map(OrderSnapshotStore.Pending::traceParent).toList();
                List<WriteOutcome> outcomes = traces.inSpan("sales-order batch", batchTraces,
                        () -> netsuite.upsertSalesOrders(drafts));
                for (int i = 0; i < outcomes.size(); i++) {
                    done += record(toWrite.get(i), outcomes.get(i), fingerprints.get(toWrite.get(i).orderId()),
                            drafts.get(i).customer().value()) ? 1 : 0;
                }
            }
            return done;
        });
        return settled == null ? 0 : settled;
    }

    /**
     * Names each buyer's own customer on the drafts of shops that want one; orders whose customer NetSuite
     * refused are parked, and those it could not take this time leave the batch and wait.
     *
     * @return how many orders were settled by parking
     */
    private int bookToBuyers(List<Order> toWrite, List<SalesOrderDraft> drafts) {
        Map<Order, OrderShopSettings> shops = new LinkedHashMap<>();
        for (Order order : toWrite) {
            properties.shop(order.shopId().value()).filter(shop -> BuyerCustomers.wantsOwnCustomer(order, shop))
                    .ifPresent(shop -> shops.put(order, shop));
        }
        if (shops.isEmpty()) {
            return 0;
        }
        Map<String, BuyerCustomers.Resolution> customers = buyers.resolve(List.copyOf(shops.keySet()), shops);
        int parked = 0;
        for (int i = toWrite.size() - 1; i >= 0; i--) {
            Order order = toWrite.get(i);
            if (!shops.containsKey(order)) {
                continue;
            }
            BuyerCustomers.Resolution resolution = customers.get(BuyerCustomers.externalId(order));
            if (resolution instanceof BuyerCustomers.Resolution.Customer customer) {
                drafts.set(i, drafts.get(i).withCustomer(customer.id()));
                continue;
            }
            if (resolution instanceof BuyerCustomers.Resolution.Park park) {
                park(order, List.of(park.reason()));
                parked++;
            } else {
                log.warn("order {} waits for the next flush: {}", order.orderId(),
                        ((BuyerCustomers.Resolution.Wait) resolution).reason());
            }
            toWrite.remove(i);
            drafts.remove(i);
        }
        return parked;
    }

    /** Orders that need no Sales Order (yet): waiting statuses, and cancellations of unwritten orders. */
    private Optional<String> settleWithoutWriting(Order order) {
        OrderShopSettings shop = properties.shop(order.shopId().value()).orElse(null);
        Optional<OrderState> state = states.find(order.shopId().value(), order.orderId().value());
        boolean written = state.map(s -> s.stage() == Stage.WRITTEN).orElse(false);
        boolean waits = order.status() == OrderStatus.UNPAID
                || (order.status() == OrderStatus.ON_HOLD && (shop == null || shop.waitWhileOnHold()));
        if (waits && !written) {
            setStage(order, Stage.WAITING, List.of("TikTok status " + order.status()), OrderResultEvents.OrderWaiting);
            return Optional.of("waiting");
        }
        if (order.status() == OrderStatus.CANCELLED && !written) {
            if (sent.wasSent(order.shopId().value(), order.orderId().value())) {
                // A send whose answer was lost may have created the Sales Order: upserting the cancelled order
                // closes its lines if it exists (and leaves a closed one if it did not), never an open one.
                states.journey(order.shopId().value(), order.orderId().value(), "CANCELLED_AFTER_A_SEND_IN_DOUBT",
                        "closing the Sales Order NetSuite may hold");
                return Optional.empty();
            }
            setStage(order, Stage.CANCELLED_BEFORE_SALES_ORDER, List.of(), OrderResultEvents.OrderWaiting);
            return Optional.of("cancelled");
        }
        return Optional.empty();
    }

    private SalesOrderMapping map(Order order) {
        Optional<OrderShopSettings> shop = properties.shop(order.shopId().value());
        if (shop.isEmpty()) {
            return SalesOrderMapping.parked(List.of("shop " + order.shopId() + " has no hub.orders.shops entry"));
        }
        return mapper.map(order, shop.get(), sku -> skus.itemOf(order.shopId().value(), sku.value()));
    }

    /**
     * A newer snapshot that maps to the Sales Order already written (TikTok moved the order to IN_TRANSIT,
     * say) needs no NetSuite call: it is settled here and noted in the journey.
     */
    private boolean unchangedForNetSuite(Order order, SalesOrderDraft draft, Map<TikTokOrderId, String> fingerprints) {
        String fingerprint = DraftFingerprint.of(draft, codec);
        fingerprints.put(order.orderId(), fingerprint);
        if (!states.isWrittenWith(order.shopId().value(), order.orderId().value(), fingerprint)) {
            return false;
        }
        snapshots.markDone(order.shopId().value(), order.orderId().value());
        states.journey(order.shopId().value(), order.orderId().value(), "NOTHING_TO_CHANGE_IN_NETSUITE",
                "TikTok status " + order.status());
        return true;
    }

    /** @return whether the order is settled; a passing failure leaves it waiting for the next flush */
    private boolean record(Order order, WriteOutcome outcome, String fingerprint, String customer) {
        if (outcome instanceof WriteOutcome.Written written) {
            snapshots.markDone(order.shopId().value(), order.orderId().value());
            String tranId = written.tranId().orElse(null);
            boolean alreadyOnTikTok = states.find(order.shopId().value(), order.orderId().value())
                    .map(before -> before.writtenBack() && java.util.Objects.equals(before.netsuiteTranId(), tranId))
                    .orElse(false);
            OrderState state = new OrderState(order.shopId().value(), order.orderId().value(), Stage.WRITTEN,
                    List.of(), written.internalId().value(), tranId, order.updateTime(), alreadyOnTikTok);
            states.save(state);
            states.rememberWritten(state.shopId(), state.orderId(), fingerprint);
            states.rememberCustomer(state.shopId(), state.orderId(), customer);
            states.journey(state.shopId(), state.orderId(), "SALES_ORDER_WRITTEN",
                    written.tranId().orElse(written.internalId().value()) + " (" + order.status() + ")");
            announce(order, state, OrderResultEvents.SalesOrderWritten);
            lag.acknowledged(order.updateTime());
            return true;
        }
        WriteOutcome.Rejected rejected = (WriteOutcome.Rejected) outcome;
        if (rejected.retryable()) {
            log.warn("order {} not written this time ({}); it waits for the next flush", order.orderId(),
                    rejected.code());
            return false;
        }
        // Every reason NetSuite gave, so that whoever fixes the order sees all of them at once.
        park(order, rejected.errors().stream()
                .map(error -> "NetSuite refused the Sales Order: " + error.code() + " " + error.message()).toList());
        return true;
    }

    private void park(Order order, List<String> reasons) {
        log.info("parking order {}: {}", order.orderId(), reasons);
        setStage(order, Stage.PARKED, reasons, OrderResultEvents.OrderParked);
    }

    private void setStage(Order order, Stage stage, List<String> reasons, OrderResultEvents event) {
        snapshots.markDone(order.shopId().value(), order.orderId().value());
        Optional<OrderState> before = states.find(order.shopId().value(), order.orderId().value());
        OrderState state = new OrderState(order.shopId().value(), order.orderId().value(), stage, reasons,
                null, null, null, before.map(OrderState::writtenBack).orElse(false));
        states.save(state);
        states.journey(state.shopId(), state.orderId(), stage.name(), String.join("; ", reasons));
        announce(order, state, event);
    }

    private void announce(Order order, OrderState state, OrderResultEvents type) {
        Map<String, Integer> units = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            if (line.sellerSku() != null) {
                units.merge(line.sellerSku().value(), line.activeQuantity(), Integer::sum);
            }
        }
        Optional<OrderState> stored = states.find(state.shopId(), state.orderId());
        SalesOrderResult result = new SalesOrderResult(state.shopId(), state.orderId(),
                state.stage().name(), stored.map(OrderState::netsuiteId).orElse(null),
                stored.map(OrderState::netsuiteTranId).orElse(null), state.reasons(), units);
        outbox.enqueue(HubTopic.ORDER_NETSUITE_RESULTS, codec.envelope(type, "order-sync-service",
                state.orderId(), state.orderId(), new ShopId(state.shopId()), result));
    }
}
