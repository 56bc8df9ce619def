package io.suitetok.localstack;

import io.suitetok.localstack.DayLedger.DayReturn;
import io.suitetok.localstack.DayLedger.PlacedOrder;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.SandboxRefusal;
import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A refund TikTok completes after the statement that settled its order, the case settlement's refund lines
 * exist for (docs/settlement-accounting.md, "How a refund line reverses the sale"): one US order is delivered
 * and settled into the statement of the day before, then its buyer gets one unit refunded today, so the refund
 * is a line of today's statement with negative revenue. The order flow credits it (a Credit Memo; the shop
 * leaves the refund itself to the statement) before settlement reads, so the line is matched to its return.
 */
final class LateRefund {

    static final String KIND = "refund after settlement";

    private final SimulatorControl tiktok;
    private final HubTables tables;
    private final DaySettlement.Waiter waiter;

    LateRefund(SimulatorControl tiktok, HubTables tables, DaySettlement.Waiter waiter) {
        this.tiktok = tiktok;
        this.tables = tables;
        this.waiter = waiter;
    }

    /**
     * Delivers one shipped US order no buyer returned and settles the shop's delivered orders into the statement
     * of {@code earlier}, which TikTok pays; empty when no order fits (the day then has no such refund).
     */
    Optional<PlacedOrder> settleEarlier(DayLedger ledger, LocalDate earlier) {
        Set<String> returned = ledger.returns.stream().map(DayReturn::orderId).collect(Collectors.toSet());
        Optional<PlacedOrder> chosen = ledger.shipped.stream()
                .filter(order -> order.shopId().equals(ShopDirectory.US_SHOP_ID))
                .filter(order -> !returned.contains(order.orderId()))
                .filter(order -> !DayReturns.liveLines(tiktok, order).isEmpty()).findFirst();
        if (chosen.isEmpty()) {
            ledger.problem("no shipped US order without a return to refund after its settlement");
            return chosen;
        }
        try {
            Object status = tiktok.order(chosen.get().orderId()).get("status");
            if (!OrderStatus.DELIVERED.name().equals(status) && !OrderStatus.COMPLETED.name().equals(status)) {
                tiktok.advanceOrder(chosen.get().orderId(), OrderStatus.DELIVERED);
                ledger.ordersDelivered++;
            }
        } catch (SandboxRefusal e) {
            ledger.problem("TikTok would not deliver order " + chosen.get().orderId() + " to settle it early: "
                    + e.getMessage());
            return Optional.empty();
        }
        List<String> settled = tiktok.settleDay(ShopDirectory.US_SHOP_ID, earlier);
        ledger.ordersSettled += settled.size();
        ledger.paymentsMade.addAll(tiktok.payStatements(ShopDirectory.US_SHOP_ID, earlier));
        return chosen;
    }

    /** Refunds one unit of the order now (a refund without return) and waits until settlement knows its credit. */
    void refund(DayLedger ledger, PlacedOrder order) {
        List<String> unit = List.of(DayReturns.liveLines(tiktok, order).get(0));
        String returnId = tiktok.createReturn(order.orderId(), unit, "REFUND", "Arrived damaged");
        DayReturns.pause();
        tiktok.approveReturn(returnId, true);
        String complete = "RETURN_OR_REFUND_REQUEST_COMPLETE";
        ledger.refundsAfterSettlement.add(new DayReturn(order.shopId(), order.orderId(), returnId, KIND, unit,
                complete));
        waiter.waitFor("the refund after settlement credited in NetSuite and known to settlement", () -> {
            HubTables.ReturnProgress progress = tables.returnProgress().get(returnId);
            return progress != null && complete.equals(progress.status()) && !progress.needsWrite()
                    && tables.returnsCreditedToSettlement().contains(returnId);
        });
    }
}
