package io.suitetok.orders.returns;

import io.suitetok.tiktok.model.order.RefundAmount;
import io.suitetok.tiktok.model.order.ReturnEvent;
import io.suitetok.tiktok.model.order.ReturnLineItem;
import io.suitetok.tiktok.model.order.ReturnRecord;
import io.suitetok.tiktok.model.order.ReturnStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** TikTok's Search Returns record (and, where needed, its history) to the hub's {@link OrderReturn}. */
final class ReturnSnapshotMapper {

    /** The history event TikTok records when the seller confirms the parcel arrived. */
    static final String SELLER_RECEIVED = "SELLER_RECEIVED_PACKAGE";

    private ReturnSnapshotMapper() {
    }

    /** Whether the history must be read to know if the goods arrived: only while the buyer's parcel is on its way. */
    static boolean needsHistory(ReturnRecord record) {
        return record.returnStatus() == ReturnStatus.BUYER_SHIPPED_ITEM;
    }

    static OrderReturn toReturn(String shopId, ReturnRecord record, List<ReturnEvent> history) {
        RefundAmount amount = record.refundAmount();
        boolean received = history.stream().anyMatch(event -> SELLER_RECEIVED.equals(event.event()))
                || (OrderReturn.RETURN_AND_REFUND.equals(record.returnType())
                        && record.returnStatus() == ReturnStatus.RETURN_OR_REFUND_REQUEST_COMPLETE);
        List<OrderReturn.ReturnedUnit> units = record.returnLineItems() == null ? List.of()
                : record.returnLineItems().stream().map(ReturnSnapshotMapper::unit).toList();
        long updated = record.updateTime() != null ? record.updateTime()
                : record.createTime() != null ? record.createTime() : 0L;
        return new OrderReturn(shopId, record.returnId(), record.orderId(),
                record.returnType() == null ? "UNKNOWN" : record.returnType(),
                record.returnStatus() == null ? ReturnStatus.UNKNOWN.name() : record.returnStatus().name(),
                Instant.ofEpochSecond(updated), amount == null ? null : amount.currency(),
                amount == null ? null : amount.refundSubtotal(), amount == null ? null : amount.refundShippingFee(),
                amount == null ? null : amount.refundTax(), amount == null ? null : amount.refundTotal(), units,
                blankToNull(record.returnTrackingNumber()), blankToNull(record.returnProviderName()), received);
    }

    private static OrderReturn.ReturnedUnit unit(ReturnLineItem line) {
        BigDecimal refund = line.refundAmount() == null ? null : line.refundAmount().refundSubtotal();
        return new OrderReturn.ReturnedUnit(line.orderLineItemId(), line.sellerSku(), refund);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
