package io.suitetok.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** What the day did, as the stack itself saw it: the facts the report and the invariants start from. */
final class DayLedger {

    /** An order placed on TikTok, with what the day did to it afterwards. */
    record PlacedOrder(String shopId, String orderId, OrderMix.Fate fate, List<String> lineItemIds) {

        String externalId() {
            return "TTS-" + shopId + "-" + orderId;
        }
    }

    final Map<String, PlacedOrder> orders = new LinkedHashMap<>();
    final AtomicInteger ordersRefused = new AtomicInteger();
    final AtomicInteger cancellationsApplied = new AtomicInteger();
    final AtomicInteger latePayments = new AtomicInteger();
    final List<String> fulfilments = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    int catalogItems;
    Map<String, Integer> publishOutcomes = Map.of();
    int preOrderSkus;
    Instant lastOrderPlaced;
    Duration salesOrderLag;
    Duration fulfilmentLag;
    Duration stockSettleTime;
    int ordersFulfilled;
    int ordersWithTrackingOnTikTok;
    int tiktokShippedHandedOver;
    /** The day's NetSuite price changes ({@link PriceChanges}); null until they were made. */
    PriceChanges.Made priceChanges;
    Duration priceSettleTime;
    /** Per switch of an effective-dated price (and promotion) on TikTok: how far from its instant it came. */
    final List<String> cutoverSkews = new ArrayList<>();

    /** A return the day's buyers made, and how it ended on TikTok. */
    record DayReturn(String shopId, String orderId, String returnId, String kind, List<String> lineItemIds,
                     String finalStatus) {
    }

    final List<DayReturn> returns = new ArrayList<>();
    /** Orders the warehouse shipped today (some in two parcels): the ones buyers may send back. */
    final List<PlacedOrder> shipped = new ArrayList<>();
    Duration returnLag;
    /** The UTC day whose statements TikTok closed at the end of the day ({@link DaySettlement}). */
    java.time.LocalDate statementDay;
    int ordersDelivered;
    int ordersSettled;
    /** Statement transactions TikTok charged a fee on that the hub's books do not know: to be surfaced. */
    final List<String> unknownFeeLines = new ArrayList<>();
    final List<String> paymentsMade = new ArrayList<>();
    /** Refunds TikTok completed after the statement that settled their order ({@link LateRefund}). */
    final List<DayReturn> refundsAfterSettlement = new ArrayList<>();
    Duration settlementLag;

    synchronized void placed(PlacedOrder order) {
        orders.put(order.orderId(), order);
        lastOrderPlaced = Instant.now();
    }

    synchronized void problem(String what) {
        problems.add(what);
    }

    long ordersWith(OrderMix.Fate fate) {
        return orders.values().stream().filter(order -> order.fate() == fate).count();
    }
}
