package io.suitetok.orders.returns;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.order.ReturnResult;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.outbox.OutboxWriter;
import java.math.BigDecimal;

/**
 * Announces a settled or parked return on {@code orders.returns.v1}, through the outbox in the writer's
 * transaction, so the event leaves exactly when the state it describes is committed.
 */
final class ReturnAnnouncements {

    private final ReturnStore returns;
    private final OutboxWriter outbox;
    private final EventCodec codec;

    ReturnAnnouncements(ReturnStore returns, OutboxWriter outbox, EventCodec codec) {
        this.returns = returns;
        this.outbox = outbox;
        this.codec = codec;
    }

    /** @param platformRefund the returned units' platform discount; null when the return was parked before it was known */
    void announce(StoredReturn before, BigDecimal platformRefund) {
        StoredReturn now = returns.find(before.shopId(), before.returnId()).orElse(before);
        OrderReturn ret = now.snapshot();
        boolean parked = StoredReturn.PARKED.equals(now.state());
        ReturnResult result = new ReturnResult(ret.shopId(), ret.orderId(), ret.returnId(), ret.type(), ret.status(),
                now.state(), now.raId(), now.receiptId(), now.creditMemoId(), now.customerRefundId(),
                now.creditedAmount(), ret.currency(), ret.refundTotal(), platformRefund,
                ret.units().stream().map(OrderReturn.ReturnedUnit::orderLineItemId).toList(), now.reasons());
        outbox.enqueue(HubTopic.ORDER_RETURNS, codec.envelope(parked ? ReturnEvents.ReturnParked
                : ReturnEvents.ReturnSettled, "order-sync-service", ret.orderId(), ret.orderId(),
                new ShopId(ret.shopId()), result));
    }
}
