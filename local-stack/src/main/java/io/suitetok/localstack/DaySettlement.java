package io.suitetok.localstack;

import io.suitetok.localstack.DayLedger.PlacedOrder;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.netsuite.account.PostedDeposit;
import io.suitetok.sandbox.netsuite.account.SimulatedAccount;
import io.suitetok.sandbox.tiktok.SandboxRefusal;
import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The day's end on TikTok's books: one US order settled into yesterday's statement and refunded a unit today
 * ({@link LateRefund}), the carriers deliver what was shipped, TikTok settles each shop's delivered orders into
 * the day's statement, adds an adjustment in each shop and, in the US shop, a fee under a field
 * the hub has never heard of, and pays the statements out. Then finance asks settlement-service for a round
 * (as {@code POST /finance/shops/{shopId}/read} does) and the day waits until every statement is posted and
 * every payout deposited in NetSuite.
 */
final class DaySettlement {

    /** Adjustment types the shops' books map to an account; TikTok credits the seller for a label it overcharged. */
    static final String US_ADJUSTMENT = "SHIPPING_FEE_COMPENSATION";
    static final String UK_ADJUSTMENT = "PLATFORM_COMPENSATION";
    /** A fee TikTok started charging that no fee-accounts entry names: it must be surfaced, not dropped. */
    static final String UNKNOWN_FEE_FIELD = "eco_packaging_fee_amount";
    static final BigDecimal UNKNOWN_FEE = new BigDecimal("-0.50");
    /** How often a round is asked for again while something is not posted yet (a NetSuite hiccup). */
    private static final Duration READ_AGAIN_AFTER = Duration.ofSeconds(5);

    /** How the day waits: {@code TradingDay}'s deadline and progress, the step's name in the report. */
    interface Waiter {
        boolean waitFor(String step, BooleanSupplier done);
    }

    private final SimulatorControl tiktok;
    private final SimulatedAccount netsuite;
    private final HubTables tables;
    private final String settlementUrl;
    private final OpsClient finance = new OpsClient(LocalCallers.FINANCE_TOKEN);
    private final Waiter waiter;
    private final Duration stepDeadline;

    DaySettlement(SimulatorControl tiktok, SimulatedAccount netsuite, HubTables tables, String settlementUrl,
            Waiter waiter, Duration stepDeadline) {
        this.tiktok = tiktok;
        this.netsuite = netsuite;
        this.tables = tables;
        this.settlementUrl = settlementUrl;
        this.waiter = waiter;
        this.stepDeadline = stepDeadline;
    }

    void settle(DayLedger ledger) {
        Instant start = Instant.now();
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        ledger.statementDay = day;
        LateRefund late = new LateRefund(tiktok, tables, waiter);
        Optional<PlacedOrder> settledEarlier = late.settleEarlier(ledger, day.minusDays(1));
        deliverShipped(ledger);
        // Settlement matches a line to the Sales Order the order flow announced; read before the announcement
        // arrived, the line would be surfaced (correctly, but it would say nothing about the day).
        Set<String> written = ledger.shipped.stream().map(PlacedOrder::orderId).collect(Collectors.toSet());
        waiter.waitFor("settlement knows the shipped orders' Sales Orders",
                () -> tables.ordersKnownToSettlement().containsAll(written));
        settledEarlier.ifPresent(order -> late.refund(ledger, order));
        for (String shop : TradingDay.SHOPS) {
            List<String> settled = tiktok.settleDay(shop, day);
            ledger.ordersSettled += settled.size();
            boolean us = shop.equals(ShopDirectory.US_SHOP_ID);
            String adjusted = settled.isEmpty() ? null : settled.get(0);
            tiktok.addAdjustment(shop, day, us ? US_ADJUSTMENT : UK_ADJUSTMENT,
                    new BigDecimal(us ? "2.50" : "1.80"), adjusted);
            if (us) {
                String charged = settled.isEmpty() ? anyOrderOf(ledger, shop) : settled.get(settled.size() - 1);
                ledger.unknownFeeLines.add(tiktok.addUnknownFee(shop, day, UNKNOWN_FEE_FIELD, UNKNOWN_FEE, charged));
            }
            ledger.paymentsMade.addAll(tiktok.payStatements(shop, day));
        }
        readNow();
        Instant[] readAt = {Instant.now()};
        waiter.waitFor("statements posted and payouts deposited", () -> {
            if (allPostedAndDeposited()) {
                return true;
            }
            if (Instant.now().isAfter(readAt[0].plus(READ_AGAIN_AFTER))) {
                readAt[0] = Instant.now();
                readNow();
            }
            return false;
        });
        ledger.settlementLag = Duration.between(start, Instant.now());
    }

    /** The carriers deliver today what the warehouse shipped today (a returned order is delivered already). */
    private void deliverShipped(DayLedger ledger) {
        for (PlacedOrder order : ledger.shipped) {
            Object status = tiktok.order(order.orderId()).get("status");
            if (OrderStatus.DELIVERED.name().equals(status) || OrderStatus.COMPLETED.name().equals(status)) {
                continue;
            }
            try {
                tiktok.advanceOrder(order.orderId(), OrderStatus.DELIVERED);
                ledger.ordersDelivered++;
            } catch (SandboxRefusal e) {
                ledger.problem("TikTok would not deliver order " + order.orderId() + " (" + status + "): "
                        + e.getMessage());
            }
        }
    }

    private void readNow() {
        for (String shop : TradingDay.SHOPS) {
            // Asked again if settlement-service is down at that moment (the fault suite kills it).
            finance.postUntilAnswered(settlementUrl + "/finance/shops/" + shop + "/read", stepDeadline);
        }
    }

    /** Every TikTok statement is POSTED in the hub, and every paid payout has its Deposit in NetSuite. */
    private boolean allPostedAndDeposited() {
        Set<String> deposits = netsuite.deposits().stream().map(PostedDeposit::externalId).collect(Collectors.toSet());
        for (String shop : TradingDay.SHOPS) {
            for (Map<String, Object> statement : tiktok.statements(shop)) {
                if (!"POSTED".equals(stateInHub(String.valueOf(statement.get("id"))))) {
                    return false;
                }
                if ("PAID".equals(statement.get("payment_status"))
                        && !deposits.contains("TTS-PAY-" + shop + "-" + statement.get("payment_id"))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The statement's state in settlement-service; null while it has not read it (a 404). */
    private String stateInHub(String statementId) {
        try {
            JsonNode stored = finance.get(settlementUrl + "/finance/statements/" + statementId + "?size=1");
            return stored.path("statement").path("state").asText(null);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static String anyOrderOf(DayLedger ledger, String shop) {
        return ledger.orders.values().stream().filter(order -> order.shopId().equals(shop)).map(PlacedOrder::orderId)
                .findFirst().orElse("576000000000000001");
    }
}
