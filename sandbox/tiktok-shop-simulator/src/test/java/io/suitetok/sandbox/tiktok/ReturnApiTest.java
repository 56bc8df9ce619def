package io.suitetok.sandbox.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.orders.OrderRequest.Item;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.model.order.ReturnEvent;
import io.suitetok.tiktok.model.order.ReturnLineItem;
import io.suitetok.tiktok.model.order.ReturnRecord;
import io.suitetok.tiktok.model.order.ReturnSearchFilter;
import io.suitetok.tiktok.model.order.ReturnStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Returns and refunds through the real client against the simulator's order book. */
class ReturnApiTest extends AgainstFreshSimulator {

    private static final String US = ShopDirectory.US_SHOP_ID;
    private static final String UK = ShopDirectory.UK_SHOP_ID;

    @Test
    void twoUnitsOfAThreeUnitLineAreRefundedToTheCentWithoutShipping() {
        PlacedOrder placed = delivered(OrderRequest.of(US, Item.of("TEE-BLK-S", 3))
                .withShipping("TIKTOK", new BigDecimal("5.99"), BigDecimal.ZERO, BigDecimal.ZERO));
        List<String> twoUnits = placed.lineItemIds().subList(0, 2);

        String returnId = control.createReturn(placed.orderId(), twoUnits, "RETURN_AND_REFUND", "Too small");
        control.approveReturn(returnId, false);
        control.markReturnShipped(returnId, "1Z999AA10123456784", "UPS");
        control.markReturnReceived(returnId);
        control.completeReturn(returnId);
        ReturnRecord done = only(connected.client.orders().returns(connected.us, List.of(placed.orderId())));

        // 19.99 each, 8.25% US sales tax = 1.649175, rounded per unit to 1.65.
        assertThat(done.returnStatus()).isEqualTo(ReturnStatus.RETURN_OR_REFUND_REQUEST_COMPLETE);
        assertThat(done.refundAmount().currency()).isEqualTo("USD");
        assertThat(done.refundAmount().refundSubtotal()).isEqualTo(new BigDecimal("39.98"));
        assertThat(done.refundAmount().refundTax()).isEqualTo(new BigDecimal("3.30"));
        assertThat(done.refundAmount().refundShippingFee()).isEqualTo(new BigDecimal("0.00"));
        assertThat(done.refundAmount().refundTotal()).isEqualTo(new BigDecimal("43.28"));
        assertThat(done.returnLineItems()).extracting(ReturnLineItem::orderLineItemId).containsExactlyElementsOf(
                twoUnits);
        assertThat(done.returnLineItems()).allSatisfy(line -> {
            assertThat(line.refundAmount().refundTotal()).isEqualTo(new BigDecimal("21.64"));
            assertThat(line.sellerSku()).isEqualTo("TEE-BLK-S");
            assertThat(line.returnLineItemId()).startsWith(returnId);
        });
        assertThat(done.returnTrackingNumber()).isEqualTo("1Z999AA10123456784");
        assertThat(done.returnProviderName()).isEqualTo("UPS");
        assertThat(done.partiallyRefunded()).isFalse();
        assertThat(done.updateTime()).isGreaterThan(done.createTime());
    }

    @Test
    void aRefundOnlyOfTheWholeGbpOrderRefundsItsShippingToo() {
        PlacedOrder placed = delivered(OrderRequest.of(UK, Item.of("TEE-UK-BLK-M", 1))
                .withShipping("TIKTOK", new BigDecimal("3.49"), BigDecimal.ZERO, BigDecimal.ZERO));

        String returnId = control.createReturn(placed.orderId(), placed.lineItemIds(), "REFUND", "Never arrived");
        control.approveReturn(returnId, true);
        ReturnRecord done = only(connected.client.orders().returns(connected.uk, List.of(placed.orderId())));

        assertThat(done.returnType()).isEqualTo("REFUND");
        assertThat(done.returnStatus()).isEqualTo(ReturnStatus.RETURN_OR_REFUND_REQUEST_COMPLETE);
        assertThat(done.refundAmount().currency()).isEqualTo("GBP");
        assertThat(done.refundAmount().refundSubtotal()).isEqualTo(new BigDecimal("16.99"));
        assertThat(done.refundAmount().refundShippingFee()).isEqualTo(new BigDecimal("3.49"));
        assertThat(done.refundAmount().refundTax()).isEqualTo(new BigDecimal("0.00"));
        assertThat(done.refundAmount().refundTotal()).isEqualTo(new BigDecimal("20.48"));
        assertThat(done.returnTrackingNumber()).isNull();
    }

    @Test
    void aRejectedReturnRefundsNothingAndFreesItsLinesForAnotherRequest() {
        PlacedOrder placed = delivered(OrderRequest.of(US, Item.of("MUG-WHT-11", 2)));
        String first = control.createReturn(placed.orderId(), List.of(placed.lineItemIds().get(0)),
                "RETURN_AND_REFUND", "Changed my mind");

        control.rejectReturn(first);
        String second = control.createReturn(placed.orderId(), List.of(placed.lineItemIds().get(0)), "REFUND",
                "Chipped");

        List<ReturnRecord> all = connected.client.orders().returns(connected.us, List.of(placed.orderId()));
        assertThat(all).extracting(ReturnRecord::returnId).containsExactly(first, second);
        assertThat(all.get(0).returnStatus()).isEqualTo(ReturnStatus.REFUND_OR_RETURN_REQUEST_REJECT);
        assertThat(all.get(1).returnStatus()).isEqualTo(ReturnStatus.RETURN_OR_REFUND_REQUEST_PENDING);
        assertThatThrownBy(() -> control.markReturnShipped(first, "T1", "UPS")).isInstanceOf(SandboxRefusal.class);
        assertThatThrownBy(() -> control.markReturnReceived(second)).isInstanceOf(SandboxRefusal.class);
    }

    @Test
    void searchFollowsPageTokensThroughAnUpdateTimeWindow() {
        long from = Instant.now().getEpochSecond() - 5;
        PlacedOrder placed = delivered(OrderRequest.of(US, Item.of("MUG-WHT-11", 5)));
        List<String> returnIds = placed.lineItemIds().stream()
                .map(line -> control.createReturn(placed.orderId(), List.of(line), "REFUND", null)).toList();
        control.clearCalls();

        List<ReturnRecord> found = connected.client.orders().searchReturns(connected.us,
                ReturnSearchFilter.updatedBetween(from, Instant.now().getEpochSecond() + 60), 2);
        List<ReturnRecord> none = connected.client.orders().searchReturns(connected.us,
                ReturnSearchFilter.updatedBetween(from - 3_600, from - 60));

        assertThat(found).extracting(ReturnRecord::returnId).containsExactlyElementsOf(returnIds);
        assertThat(control.callCount("search_returns")).isEqualTo(4);
        assertThat(none).isEmpty();
        assertThat(connected.client.orders().returns(connected.uk, List.of(placed.orderId()))).isEmpty();
    }

    @Test
    void aReturnsRecordsTellItsHistoryOldestFirst() {
        PlacedOrder placed = delivered(OrderRequest.of(US, Item.of("TEE-BLK-M", 1)));
        String returnId = control.createReturn(placed.orderId(), placed.lineItemIds(), "RETURN_AND_REFUND",
                "Wrong size");
        control.approveReturn(returnId, false);
        control.markReturnShipped(returnId, "9400111899223", "USPS");
        control.markReturnReceived(returnId);
        control.completeReturn(returnId);

        List<ReturnEvent> history = connected.client.orders().returnRecords(connected.us, returnId);

        assertThat(history).extracting(ReturnEvent::event).containsExactly("RETURN_OR_REFUND_REQUEST_PENDING",
                "AWAITING_BUYER_SHIP", "BUYER_SHIPPED_ITEM", "SELLER_RECEIVED_PACKAGE",
                "RETURN_OR_REFUND_REQUEST_COMPLETE");
        assertThat(history).extracting(ReturnEvent::createTime).isSorted();
        assertThat(history.get(2).description()).contains("9400111899223");
        assertThat(history.get(3).role()).isEqualTo("SELLER");
        assertThatThrownBy(() -> connected.client.orders().returnRecords(connected.uk, returnId))
                .isInstanceOf(TikTokApiException.class);
    }

    private PlacedOrder delivered(OrderRequest request) {
        PlacedOrder placed = control.placeOrder(request);
        control.advanceOrder(placed.orderId(), OrderStatus.DELIVERED);
        return placed;
    }

    private static ReturnRecord only(List<ReturnRecord> returns) {
        assertThat(returns).hasSize(1);
        return returns.get(0);
    }
}
