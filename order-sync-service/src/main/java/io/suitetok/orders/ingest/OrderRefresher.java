package io.suitetok.orders.ingest;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.order.Order;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.orders.mapping.OrderSnapshotMapper;
import io.suitetok.orders.store.OrderSnapshotStore;
import io.suitetok.runtime.outbox.OutboxWriter;
import io.suitetok.runtime.tracing.TraceParents;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.http.ShopContext;
import io.suitetok.tiktok.model.order.TikTokOrder;
import java.util.List;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads orders from TikTok (a webhook is only a hint; the order detail is the truth), maps them and
 * keeps the newest snapshot of each: a newer one is stored and announced on {@code orders.v1} in one
 * transaction; an older or equal one (a late or repeated notification) changes nothing.
 */
public class OrderRefresher {

    static final String SOURCE = "order-sync-service";

    private final TikTokShopClient tiktok;
    private final OrderSnapshotMapper mapper;
    private final OrderSnapshotStore snapshots;
    private final OutboxWriter outbox;
    private final EventCodec codec;
    private final TransactionTemplate transaction;
    private final TraceParents traces;

    public OrderRefresher(TikTokShopClient tiktok, OrderSnapshotMapper mapper, OrderSnapshotStore snapshots,
            OutboxWriter outbox, EventCodec codec, TransactionTemplate transaction, TraceParents traces) {
        this.traces = traces;
        this.tiktok = tiktok;
        this.mapper = mapper;
        this.snapshots = snapshots;
        this.outbox = outbox;
        this.codec = codec;
        this.transaction = transaction;
    }

    /** @return how many of the orders brought a newer snapshot */
    public int refresh(ShopContext shop, List<String> orderIds) {
        return refresh(shop, orderIds, orderId -> null);
    }

    /**
     * Reads the orders (up to {@link io.suitetok.tiktok.api.OrderApi#DETAIL_BATCH} per call); each order's
     * snapshot is stored in a span continuing {@code traceParentOf} its id (the trace of the notification that
     * named it), so that trace reaches the NetSuite write although many notifications share one call.
     *
     * @return how many of the orders brought a newer snapshot
     */
    public int refresh(ShopContext shop, List<String> orderIds, Function<String, String> traceParentOf) {
        int newer = 0;
        for (TikTokOrder detail : tiktok.orders().details(shop, orderIds)) {
            Order order = mapper.toCanonical(shop.shopId(), detail);
            String traceParent = traceParentOf.apply(detail.id());
            boolean stored = traceParent == null ? store(order)
                    : traces.inSpan("order snapshot", List.of(traceParent), () -> store(order));
            newer += stored ? 1 : 0;
        }
        return newer;
    }

    private boolean store(Order order) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!snapshots.saveIfNewer(order)) {
                return false;
            }
            outbox.enqueue(HubTopic.ORDERS, codec.envelope(OrderEvents.OrderSnapshotReceived, SOURCE,
                    order.orderId().value(), order.orderId().value(), order.shopId(), order));
            return true;
        }));
    }
}
