package io.suitetok.settlement.orders;

import io.suitetok.model.event.EventCodec;
import io.suitetok.model.event.EventEnvelope;
import io.suitetok.model.order.Order;
import io.suitetok.model.order.ReturnResult;
import io.suitetok.model.order.SalesOrderResult;
import io.suitetok.runtime.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * What the order flow tells settlement, each through the inbox (exactly one effect per event): the Sales
 * Orders it wrote (a statement line of such an order is matched), what each order should settle for
 * (orders.v1, for the reconciliation's expected net), and the returns it credited (a refund line is matched
 * to its return). An event arriving after the statement re-matches that order's open lines.
 */
@Component
public class OrderFlowListener {

    static final String RESULTS = "settlement-order-results";
    static final String SNAPSHOTS = "settlement-order-snapshots";
    static final String RETURNS = "settlement-order-returns";

    private final Inbox inbox;
    private final EventCodec codec;
    private final OrderReferences references;

    public OrderFlowListener(Inbox inbox, EventCodec codec, OrderReferences references) {
        this.inbox = inbox;
        this.codec = codec;
        this.references = references;
    }

    @KafkaListener(id = RESULTS, idIsGroup = false, topics = "#{@hubTopicNames.name('orders.netsuite-results.v1')}")
    public void onResult(EventEnvelope event) {
        if (!"SalesOrderWritten".equals(event.type())) {
            return;
        }
        SalesOrderResult result = codec.payload(event, SalesOrderResult.class);
        inbox.processOnce(RESULTS, event.eventId(), () -> references.salesOrderWritten(result));
    }

    @KafkaListener(id = SNAPSHOTS, idIsGroup = false, topics = "#{@hubTopicNames.name('orders.v1')}")
    public void onSnapshot(EventEnvelope event) {
        Order order = codec.payload(event, Order.class);
        inbox.processOnce(SNAPSHOTS, event.eventId(), () -> references.expected(order));
    }

    @KafkaListener(id = RETURNS, idIsGroup = false, topics = "#{@hubTopicNames.name('orders.returns.v1')}")
    public void onReturn(EventEnvelope event) {
        ReturnResult result = codec.payload(event, ReturnResult.class);
        inbox.processOnce(RETURNS, event.eventId(), () -> references.returnCredited(result));
    }
}
