package io.suitetok.model.order;

import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokOrderId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

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
        Objects.requireNonNull(shopId, "shopId is required");
        Objects.requireNonNull(orderId, "orderId is required");
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(updateTime, "updateTime is required");
        Objects.requireNonNull(currency, "currency is required");
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
