package io.suitetok.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The end-of-day report: per flow what happened, what was parked and why, how long it took, and the verdicts. */
final class Report {

    private static final int SHOWN_PER_LIST = 5;

    private Report() {
    }

    /** The hub's documents in NetSuite's books for the day's statements and payouts. */
    record SettlementDocuments(long journalEntries, long deposits) {
    }

    static String of(DayLedger ledger, HubTables tables, List<Invariants.Result> invariants, Duration wallTime,
            long tiktokInventoryCalls, long tiktokPriceCalls, SettlementDocuments settlementDocuments) {
        StringBuilder out = new StringBuilder();
        out.append("\n==================== SuiteTok Hub: a day of trading ====================\n");
        out.append(String.format("catalog     %d NetSuite items -> listings %s, publish outcomes %s, pre-order SKUs %d%n",
                ledger.catalogItems, tables.listingsByStatus(), ledger.publishOutcomes, ledger.preOrderSkus));
        out.append(String.format("            live SKU mappings %d%n", tables.liveSkuMappings()));
        list(out, "parked items", tables.parkedItems());
        Map<String, Integer> states = tables.ordersByState();
        out.append(String.format("orders      placed %d (refused for stock %d): kept %d, partly cancelled %d, cancelled %d, "
                        + "paid late %d, never paid %d%n", ledger.orders.size(), ledger.ordersRefused.get(),
                ledger.ordersWith(OrderMix.Fate.KEPT), ledger.ordersWith(OrderMix.Fate.PARTLY_CANCELLED),
                ledger.ordersWith(OrderMix.Fate.CANCELLED), ledger.ordersWith(OrderMix.Fate.PAID_LATE),
                ledger.ordersWith(OrderMix.Fate.ABANDONED)));
        out.append(String.format("            hub states %s%n", states));
        out.append(String.format("            lag: all Sales Orders up to date %s after the last order was placed%n",
                seconds(ledger.salesOrderLag)));
        list(out, "parked orders", tables.parkedOrders());
        out.append(String.format("fulfilment  %d orders shipped from NetSuite in %d fulfilments, all reported within %s;%n"
                        + "            seller-shipped with tracking on TikTok %d, TikTok-shipped handed over %d%n",
                ledger.ordersFulfilled, ledger.fulfilments.size(), seconds(ledger.fulfilmentLag),
                ledger.ordersWithTrackingOnTikTok, ledger.tiktokShippedHandedOver));
        list(out, "parked fulfilments", tables.parkedFulfilments());
        Map<String, Long> returnKinds = new java.util.TreeMap<>();
        ledger.returns.forEach(ret -> returnKinds.merge(ret.kind(), 1L, Long::sum));
        out.append(String.format("returns     %d made %s, all settled in NetSuite within %s%n", ledger.returns.size(),
                returnKinds, seconds(ledger.returnLag)));
        list(out, "parked returns", tables.parkedReturns());
        out.append(String.format("inventory   levels %d, TikTok accepted the newest %d, Update Inventory calls %d, "
                        + "settled %s after the last fulfilment%n", tables.inventoryLevels(), tables.levelsAccepted(),
                tiktokInventoryCalls, seconds(ledger.stockSettleTime)));
        list(out, "levels with errors", tables.levelsWithErrors());
        out.append(String.format("pricing     SKU prices %d, TikTok accepted the newest %d, Update Price calls %d, "
                        + "cutovers %s, settled %s after the day's changes ended%n", tables.skuPrices(),
                tables.pricesAccepted(), tiktokPriceCalls, tables.cutoversByState(), seconds(ledger.priceSettleTime)));
        if (ledger.priceChanges != null) {
            PriceChanges.Made made = ledger.priceChanges;
            out.append(String.format("            NetSuite changes: %d items repriced %s; schedule %s on %s %s-%s; "
                            + "promotion %s (%s %% off %s, %s on TikTok)%n", made.repriced().size(),
                    made.repriced().stream().map(r -> r.item().sellerSku() + " " + r.before() + "→" + r.after()).toList(),
                    made.schedule().id(), made.schedule().item().sellerSku(), made.schedule().from(), made.schedule().to(),
                    made.promotion().code(), made.promotion().percentOff(),
                    made.promotion().items().stream().map(NetSuiteEstate.SellableItem::sellerSku).toList(),
                    PriceInvariant.PROMOTIONS_ON_TIKTOK ? "checked" : "not yet synced"));
        }
        list(out, "switches on TikTok (skew from the instant)", ledger.cutoverSkews);
        list(out, "parked prices", tables.parkedPrices());
        out.append(String.format("settlement  %d orders delivered, %d settled by TikTok on %s; statements %s, lines %s; "
                        + "Journal Entries %d, Deposits %d (payouts %d), posted and paid out within %s%n",
                ledger.ordersDelivered, ledger.ordersSettled, ledger.statementDay, tables.statementsByState(),
                tables.statementLinesByMatch(), settlementDocuments.journalEntries(), settlementDocuments.deposits(),
                ledger.paymentsMade.size(), seconds(ledger.settlementLag)));
        list(out, "surfaced lines", tables.surfacedLines());
        list(out, "problems seen by the stack", ledger.problems);
        out.append("invariants\n");
        for (Invariants.Result result : invariants) {
            out.append(String.format("  %s  %s: %d checked, %d mismatches%n        rule: %s%n",
                    result.passed() ? "PASS" : "FAIL", result.name(), result.checked(), result.mismatches().size(),
                    result.rule()));
            result.mismatches().stream().limit(SHOWN_PER_LIST).forEach(m -> out.append("        - ").append(m)
                    .append('\n'));
        }
        boolean passed = invariants.stream().allMatch(Invariants.Result::passed);
        out.append(String.format("%s in %s%n", passed ? "ALL INVARIANTS PASSED" : "INVARIANTS FAILED",
                seconds(wallTime)));
        out.append("=========================================================================\n");
        return out.toString();
    }

    private static void list(StringBuilder out, String title, List<String> entries) {
        if (entries.isEmpty()) {
            return;
        }
        out.append(String.format("            %s: %d%n", title, entries.size()));
        entries.stream().limit(SHOWN_PER_LIST).forEach(entry -> out.append("              - ").append(entry).append('\n'));
        if (entries.size() > SHOWN_PER_LIST) {
            out.append("              ... and ").append(entries.size() - SHOWN_PER_LIST).append(" more\n");
        }
    }

    private static String seconds(Duration duration) {
        return duration == null ? "n/a" : String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
