package io.suitetok.model.order;

import io.suitetok.model.Required;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokOrderId;
import java.time.Instant;
import java.util.List;

/**
 * The canonical TikTok order: what every flow downstream of order ingest reads from
 * {@code orders.v1}. {@code updateTime} orders snapshots of the same order: an older snapshot
 * must never overwrite a newer one.
 */
public record Order(
        ShopId shopId,
        TikTokOrderId orderId,
        OrderStatus status,
        OrderKind kind,
        Instant createTime,
        Instant updateTime,
        String currency,
        Buyer buyer,
        Delivery delivery,
        List<OrderLine> lines,
        OrderTotals totals) {

    public Order {
        Required.present("shopId", shopId, "orderId", orderId, "status", status, "updateTime", updateTime,
                "currency", currency);
        lines = List.copyOf(lines);
        kind = kind == null ? OrderKind.NORMAL : kind;
    }

    public boolean isNewerThan(Order other) {
        return updateTime.isAfter(other.updateTime);
    }

    public int unitCount() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }
}
