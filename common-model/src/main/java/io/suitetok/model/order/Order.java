package io.suitetok.model.order;

import io.suitetok.model.Required;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokOrderId;
import java.time.Instant;
import java.util.List;

/**
 * The canonical TikTok order: what every flow downstream of order ingest reads from
 * {@code orders.v1}. {@code updateTime} orders snapshots of the same order: an older snapshot
 * must never overwrite a newer one. {@code tiktokStatus} is the status as TikTok spelled it, kept so
 * that an {@link OrderStatus#UNKNOWN} order can say what TikTok sent.
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
        OrderTotals totals,
        String tiktokStatus) {

    /** The constructor from before {@code tiktokStatus}: the status's own name stands for it. */
    public Order(ShopId shopId, TikTokOrderId orderId, OrderStatus status, OrderKind kind, Instant createTime,
            Instant updateTime, String currency, Buyer buyer, Delivery delivery, List<OrderLine> lines,
            OrderTotals totals) {
        this(shopId, orderId, status, kind, createTime, updateTime, currency, buyer, delivery, lines, totals,
                status == null ? null : status.name());
    }

    public Order {
        Required.present("shopId", shopId, "orderId", orderId, "status", status, "updateTime", updateTime,
                "currency", currency);
        lines = List.copyOf(lines);
        kind = kind == null ? OrderKind.NORMAL : kind;
        tiktokStatus = tiktokStatus == null ? status.name() : tiktokStatus;
    }

    public boolean isNewerThan(Order other) {
        return updateTime.isAfter(other.updateTime);
    }

    public int unitCount() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }
}
