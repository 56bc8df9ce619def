package io.suitetok.localstack;

import io.suitetok.localstack.DayLedger.PlacedOrder;
import io.suitetok.localstack.OrderMix.Fate;
import io.suitetok.localstack.OrderMix.PlannedOrder;
import io.suitetok.localstack.WarehouseClerk.Parcel;
import io.suitetok.model.order.OrderStatus;
import io.suitetok.sandbox.tiktok.SandboxRefusal;
import io.suitetok.sandbox.tiktok.control.ControlViews.SkuState;
import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * A day of trading, step by step: the merchant's NetSuite estate is seeded, the catalogue published,
 * stock synced, the day's orders placed on TikTok (arriving as duplicated, shuffled webhooks), some
 * shipped from NetSuite, tracking waited for on TikTok, some returned, and the day settled, posted and
 * paid out. Each step waits until the hub has done its part, with a deadline, so a stuck flow ends the
 * day with a failing report instead of a hang.
 */
final class TradingDay {

    private static final Logger log = LoggerFactory.getLogger(TradingDay.class);
    static final List<String> SHOPS = List.of(ShopDirectory.US_SHOP_ID, ShopDirectory.UK_SHOP_ID);
    private static final Duration STEP_DEADLINE = Duration.ofMinutes(3);
    /**
     * Ten kills of one service, each a JVM start (15 to 25 s on a busy machine) and its consumer group's
     * rejoining, fit in this; a flow the faults left stuck still ends the step well inside the suite's bound
     * of a day.
     */
    private static final Duration STEP_DEADLINE_UNDER_FAULTS = Duration.ofMinutes(5);
    /** How many orders later a cancellation or late payment happens: seconds, not minutes, after placing. */
    private static final int AFTERTHOUGHT_DELAY = 25;

    private final StackOptions options;
    private final Simulators simulators;
    private final RunningHub hub;
    private final HubTables tables;
    private final Progress progress;
    private final OpsClient ops = new OpsClient(LocalCallers.OPS_TOKEN);
    private final DayLedger ledger = new DayLedger();
    private final Random random;
    private final Runnable midBurst;
    private final Consumer<DayPhase> phases;
    private final Duration stepDeadline;
    private NetSuiteEstate.Estate estate;

    /** {@code midBurst} runs once, when half the day's orders are placed: a fault the day must survive. */
    TradingDay(StackOptions options, Simulators simulators, RunningHub hub, HubTables tables, Progress progress,
            Runnable midBurst) {
        this(options, simulators, hub, tables, progress, midBurst, phase -> { });
    }

    /**
     * {@code phases} hears each step begin ({@link DayPhase}), and {@link DayPhase#OVER} before the invariants:
     * where a fault suite starts and stops its faults. With faults, each step may take longer: a killed service
     * comes back only after a JVM start and its consumer group's session timeout.
     */
    TradingDay(StackOptions options, Simulators simulators, RunningHub hub, HubTables tables, Progress progress,
            Runnable midBurst, Consumer<DayPhase> phases) {
        this.options = options;
        this.midBurst = midBurst;
        this.phases = phases;
        this.stepDeadline = options.fault() == null ? STEP_DEADLINE : STEP_DEADLINE_UNDER_FAULTS;
        this.simulators = simulators;
        this.hub = hub;
        this.tables = tables;
        this.progress = progress;
        this.random = new Random(options.seed() ^ 0x5EED);
    }

    DayLedger run() {
        seedNetSuite();
        subscribeProductWebhooks();
        phases.accept(DayPhase.CATALOGUE);
        publishCatalogue();
        phases.accept(DayPhase.STOCK);
        syncStock("stock synced");
        phases.accept(DayPhase.PRICES);
        syncPrices("prices synced", Instant.now());
        phases.accept(DayPhase.PRICE_CHANGES);
        changePrices();
        phases.accept(DayPhase.ORDERS);
        placeOrders();
        waitForSalesOrders();
        phases.accept(DayPhase.FULFILMENT);
        shipFromNetSuite();
        phases.accept(DayPhase.RETURNS);
        returnGoods();
        ledger.stockSettleTime = syncStock("stock settled after the day");
        // After the schedule and the promotion have both ended: the prices then are the matrices' again.
        ledger.priceSettleTime = syncPrices("prices settled after the day", ledger.priceChanges.over());
        phases.accept(DayPhase.SETTLEMENT);
        closeTheBooks();
        phases.accept(DayPhase.OVER);
        return ledger;
    }

    NetSuiteEstate.Estate estate() {
        return estate;
    }

    private SimulatorControl tiktok() {
        return simulators.tiktok.control();
    }

    private void seedNetSuite() {
        estate = new NetSuiteEstate(simulators.images, options.seed()).build(options.items());
        simulators.netsuite.account().seed(estate.seed());
        PriceChanges.seedRateOfTheDay(simulators.netsuite.account());
        ledger.catalogItems = estate.seed().items().size();
        log.info("NetSuite seeded: 2 subsidiaries, 4 locations, {} items ({} listings per shop, {} SKUs)",
                estate.seed().items().size(), estate.families(), estate.sellable().size());
    }

    /**
     * Product events go to the catalogue's endpoint; order events stay on the app callback (order-sync). Set as
     * the app's owner sets them in Partner Center, so no service's internals are needed (it may be a process).
     */
    private void subscribeProductWebhooks() {
        for (String shop : SHOPS) {
            for (String event : List.of("PRODUCT_STATUS_CHANGE", "PRODUCT_INFORMATION_CHANGE", "PRODUCT_CREATION")) {
                tiktok().subscribeWebhook(shop, event, hub.catalogUrl() + "/webhooks/tiktok/products");
            }
        }
        tiktok().setWebhookTarget(hub.ordersUrl() + "/webhooks/tiktok");
    }

    private void publishCatalogue() {
        int expected = estate.families() * SHOPS.size();
        progress.track("catalog", () -> new Progress.Count("listings", sum(tables.listingsByStatus()), expected));
        // Retried as an operator would when the service dies under the request (the fault suite kills it).
        JsonNode summary = ops.postUntilAnswered(hub.catalogUrl() + "/catalog/publish", stepDeadline);
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        summary.path("outcomes").properties().forEach(entry -> outcomes.put(entry.getKey(), entry.getValue().asInt()));
        ledger.publishOutcomes = outcomes;
        log.info("catalogue published: {}", outcomes);
        // TikTok audits each listing after the call; until it has, how many SKUs are live (the stock step's
        // total) is still moving.
        waitFor("catalogue audit", () -> tables.listingsAwaitingAudit() == 0);
        // The merchant sells one travel mug ahead of its delivery, switched to pre-order in Seller Center.
        for (String shop : SHOPS) {
            try {
                tiktok().setPreOrder(shop, estate.preOrderSku(), true);
                ledger.preOrderSkus++;
            } catch (SandboxRefusal e) {
                ledger.problem("pre-order SKU " + estate.preOrderSku() + " is not listed in shop " + shop);
            }
        }
    }

    /** Waits until every listed SKU shows on TikTok what the inventory service computed, with nothing due. */
    private Duration syncStock(String step) {
        Instant start = Instant.now();
        // Parked listings never reach TikTok; every SKU the catalogue did list must show the right number.
        int expected = tables.liveSkuMappings();
        progress.track("inventory", () -> new Progress.Count("SKUs in step with NetSuite", stockInStep(), expected));
        boolean done = waitFor(step, () -> stockInStep() >= expected && tables.levelsDue() == 0);
        Duration took = Duration.between(start, Instant.now());
        log.info("{} {} in {} s", step, done ? "" : "NOT fully", took.toSeconds());
        return took;
    }

    /**
     * Waits until {@code notBefore} has passed and then until every live SKU's newest price is on TikTok
     * (or parked, which the price invariant reports), with no price due and no cutover overdue.
     */
    private Duration syncPrices(String step, Instant notBefore) {
        Instant start = Instant.now();
        int expected = tables.liveSkuMappings();
        progress.track("pricing", () -> new Progress.Count("SKU prices on TikTok", tables.pricesSettled(), expected));
        boolean done = waitFor(step, () -> Instant.now().isAfter(notBefore.plusSeconds(1))
                && tables.pricesSettled() >= expected && tables.pricesDue() == 0 && tables.cutoversOverdue() == 0);
        Duration took = Duration.between(start, Instant.now());
        log.info("{} {} in {} s", step, done ? "" : "NOT fully", took.toSeconds());
        return took;
    }

    /** Finance's work in NetSuite during the day: repricing, an effective-dated price, a promotion. */
    private void changePrices() {
        Map<String, Map<String, Integer>> listed = tiktokStock();
        List<NetSuiteEstate.SellableItem> candidates = estate.sellable().stream()
                .filter(item -> !item.sellerSku().equals(estate.preOrderSku()))
                .filter(item -> SHOPS.stream().allMatch(shop -> listed.get(shop).containsKey(item.sellerSku())))
                .toList();
        ledger.priceChanges = new PriceChanges(simulators.netsuite.account(), options.seed()).make(candidates);
        PriceChanges.Made made = ledger.priceChanges;
        log.info("NetSuite prices changed: {} items repriced, schedule {} on {} from {} to {}, promotion {} on {} "
                + "from {} to {}", made.repriced().size(), made.schedule().id(), made.schedule().item().sellerSku(),
                made.schedule().from(), made.schedule().to(), made.promotion().code(),
                made.promotion().items().stream().map(NetSuiteEstate.SellableItem::sellerSku).toList(),
                made.promotion().start(), made.promotion().end());
    }

    private int stockInStep() {
        Map<String, Map<String, Integer>> shown = tiktokStock();
        int inStep = 0;
        // Only live SKUs, the set the total counts: a pending listing's level would push the count past it.
        for (HubTables.Level level : tables.levelsOfLiveSkus()) {
            Integer onTikTok = shown.getOrDefault(level.shopId(), Map.of()).get(level.sellerSku());
            if (!level.pushDue() && onTikTok != null && onTikTok == level.sellable()) {
                inStep++;
            }
        }
        return inStep;
    }

    /** Per shop and seller SKU, what TikTok shows in the shop's one sales warehouse the estate stocks. */
    Map<String, Map<String, Integer>> tiktokStock() {
        Map<String, Map<String, Integer>> shown = new HashMap<>();
        for (String shop : SHOPS) {
            String warehouse = warehouseOf(shop);
            Map<String, Integer> skus = new HashMap<>();
            for (SkuState sku : tiktok().stock(shop)) {
                skus.put(sku.sellerSku(), sku.stockIn(warehouse));
            }
            shown.put(shop, skus);
        }
        return shown;
    }

    static String warehouseOf(String shop) {
        return shop.equals(ShopDirectory.US_SHOP_ID) ? ShopDirectory.US_EAST_WAREHOUSE : ShopDirectory.UK_WAREHOUSE;
    }

    private void placeOrders() {
        List<PlannedOrder> plan = new OrderMix(options.seed(), estate, tiktokStock()).plan(options.orders());
        AtomicInteger placed = new AtomicInteger();
        progress.track("orders", () -> new Progress.Count("placed on TikTok", placed.get(), options.orders()));
        Deque<Runnable> afterthoughts = new ArrayDeque<>();
        Deque<Integer> due = new ArrayDeque<>();
        for (int i = 0; i < plan.size(); i++) {
            PlannedOrder order = plan.get(i);
            try {
                var result = tiktok().placeOrder(order.request());
                PlacedOrder record = new PlacedOrder(result.shopId(), result.orderId(), order.fate(),
                        result.lineItemIds());
                ledger.placed(record);
                Runnable later = afterthought(record);
                if (later != null) {
                    afterthoughts.add(later);
                    due.add(i + AFTERTHOUGHT_DELAY);
                }
            } catch (SandboxRefusal e) {
                // Another sale (or a stock push) got there first: the buyer sees "sold out" and moves on.
                ledger.ordersRefused.incrementAndGet();
            }
            placed.incrementAndGet();
            if (i == plan.size() / 2) {
                midBurst.run();
                phases.accept(DayPhase.ORDERS_HALF_PLACED);
            }
            while (!due.isEmpty() && due.peek() <= i) {
                due.poll();
                afterthoughts.poll().run();
            }
            pause(20);
        }
        while (!afterthoughts.isEmpty()) {
            afterthoughts.poll().run();
        }
        log.info("{} orders placed ({} refused for stock), {} cancellations, {} paid late", ledger.orders.size(),
                ledger.ordersRefused.get(), ledger.cancellationsApplied.get(), ledger.latePayments.get());
    }

    private Runnable afterthought(PlacedOrder order) {
        return switch (order.fate()) {
            case PARTLY_CANCELLED -> () -> apply(() -> tiktok().cancel(order.orderId(),
                    List.of(order.lineItemIds().get(0)), "SELLER", "Out of stock at the warehouse"),
                    ledger.cancellationsApplied);
            case CANCELLED -> () -> apply(() -> tiktok().cancel(order.orderId(), List.of(), "BUYER",
                    "Changed my mind"), ledger.cancellationsApplied);
            case PAID_LATE -> () -> apply(() -> tiktok().advanceOrder(order.orderId(), OrderStatus.AWAITING_SHIPMENT),
                    ledger.latePayments);
            default -> null;
        };
    }

    private void apply(Runnable change, AtomicInteger counter) {
        try {
            change.run();
            counter.incrementAndGet();
        } catch (SandboxRefusal e) {
            ledger.problem("TikTok refused a buyer's change: " + e.getMessage());
        }
    }

    /** Every order that should reach NetSuite has a Sales Order reflecting TikTok's newest version of it. */
    private void waitForSalesOrders() {
        int expected = (int) ledger.orders.values().stream().filter(o -> o.fate() != Fate.ABANDONED).count();
        AtomicInteger settled = new AtomicInteger();
        progress.track("orders", () -> new Progress.Count("Sales Orders up to date", settled.get(), expected));
        boolean done = waitFor("Sales Orders", () -> {
            settled.set(salesOrdersSettled());
            return settled.get() >= expected && tables.ordersWaitingForNetSuite() == 0;
        });
        ledger.salesOrderLag = Duration.between(ledger.lastOrderPlaced, Instant.now());
        log.info("Sales Orders {}: {} of {} orders settled, {} s after the last order", done ? "written" : "NOT all written",
                settled.get(), expected, ledger.salesOrderLag.toSeconds());
    }

    /** Orders whose newest TikTok version the hub has dealt with: written, parked, or cancelled before any. */
    private int salesOrdersSettled() {
        Map<String, HubTables.OrderProgress> stored = tables.orderProgress();
        int settled = 0;
        for (PlacedOrder order : ledger.orders.values()) {
            if (order.fate() == Fate.ABANDONED) {
                continue;
            }
            HubTables.OrderProgress hubSide = stored.get(order.orderId());
            if (hubSide == null || hubSide.state() == null || hubSide.needsWrite()) {
                continue;
            }
            long tiktokUpdate = ((Number) tiktok().order(order.orderId()).get("update_time")).longValue();
            boolean newest = hubSide.snapshotUpdateTime().getEpochSecond() == tiktokUpdate;
            boolean written = "WRITTEN".equals(hubSide.state()) && hubSide.writtenUpdateTime() != null
                    && hubSide.writtenUpdateTime().getEpochSecond() == tiktokUpdate;
            if (newest && (written || "PARKED".equals(hubSide.state())
                    || "CANCELLED_BEFORE_SALES_ORDER".equals(hubSide.state()))) {
                settled++;
            }
        }
        return settled;
    }

    /**
     * The warehouse ships about half the open orders: seller-shipped parcels with a carrier's tracking
     * number (a third of the bigger ones in two parcels, the second a wave later), TikTok-shipped ones
     * whole on TikTok's label. Pre-orders wait for their stock and are not shipped today.
     */
    private void shipFromNetSuite() {
        WarehouseClerk clerk = new WarehouseClerk(simulators.netsuite.account());
        Map<String, HubTables.OrderProgress> stored = tables.orderProgress();
        List<PlacedOrder> candidates = new ArrayList<>();
        for (PlacedOrder order : ledger.orders.values()) {
            HubTables.OrderProgress hubSide = stored.get(order.orderId());
            if ((order.fate() == Fate.KEPT || order.fate() == Fate.PARTLY_CANCELLED) && hubSide != null
                    && "WRITTEN".equals(hubSide.state()) && !hasPreOrderUnits(order)) {
                candidates.add(order);
            }
        }
        Collections.shuffle(candidates, random);
        List<PlacedOrder> shipping = candidates.subList(0, candidates.size() / 2);
        ledger.shipped.addAll(shipping);
        List<Runnable> secondWave = new ArrayList<>();
        for (PlacedOrder order : shipping) {
            String salesOrder = stored.get(order.orderId()).salesOrderId();
            boolean seller = "SELLER".equals(tiktok().order(order.orderId()).get("shipping_type"));
            try {
                if (!seller) {
                    clerk.shipAll(salesOrder, Parcel.tiktokLabel()).ifPresent(ledger.fulfilments::add);
                } else if (liveUnits(order) >= 2 && random.nextInt(3) == 0) {
                    clerk.ship(salesOrder, liveUnits(order) / 2, parcel(order.shopId())).ifPresent(ledger.fulfilments::add);
                    secondWave.add(() -> clerk.shipAll(salesOrder, parcel(order.shopId()))
                            .ifPresent(ledger.fulfilments::add));
                } else {
                    clerk.shipAll(salesOrder, parcel(order.shopId())).ifPresent(ledger.fulfilments::add);
                }
                ledger.ordersFulfilled++;
            } catch (RuntimeException e) {
                ledger.problem("could not fulfil order " + order.orderId() + " in NetSuite: " + e.getMessage());
            }
        }
        progress.track("fulfilment", () -> new Progress.Count("fulfilments reported to TikTok", reported(),
                ledger.fulfilments.size()));
        Instant start = Instant.now();
        waitFor("fulfilments, first wave", () -> reported() >= ledger.fulfilments.size());
        secondWave.forEach(ship -> {
            try {
                ship.run();
            } catch (RuntimeException e) {
                ledger.problem("could not ship the rest in NetSuite: " + e.getMessage());
            }
        });
        waitFor("fulfilments, second wave", () -> reported() >= ledger.fulfilments.size());
        ledger.fulfilmentLag = Duration.between(start, Instant.now());
        countTrackingOnTikTok(shipping);
        log.info("{} orders shipped from NetSuite in {} fulfilments; tracking on TikTok for {} seller-shipped orders, "
                + "{} handed over to TikTok's carrier", ledger.ordersFulfilled, ledger.fulfilments.size(),
                ledger.ordersWithTrackingOnTikTok, ledger.tiktokShippedHandedOver);
    }

    /**
     * Buyers send some delivered orders back ({@link DayReturns}); waits until the hub has read every
     * return's final TikTok status and written what it asks of NetSuite, and until the inventory service
     * counts the units received back into stock.
     */
    private void returnGoods() {
        int count = Math.min(ledger.shipped.size(), Math.max(5, ledger.shipped.size() / 4));
        Instant start = Instant.now();
        ledger.returns.addAll(new DayReturns(tiktok(), options.seed()).make(ledger.shipped, count));
        progress.track("returns", () -> new Progress.Count("returns settled in NetSuite", returnsSettled(),
                ledger.returns.size()));
        waitFor("returns", () -> returnsSettled() >= ledger.returns.size());
        waitFor("returned stock counted", this::restockSeenByInventory);
        ledger.returnLag = Duration.between(start, Instant.now());
        log.info("{} returns made and settled in {} s", ledger.returns.size(), ledger.returnLag.toSeconds());
    }

    /** TikTok settles and pays the day; settlement-service matches and posts it ({@link DaySettlement}). */
    private void closeTheBooks() {
        new DaySettlement(tiktok(), simulators.netsuite.account(), tables, hub.settlementUrl(), this::waitFor,
                stepDeadline).settle(ledger);
        log.info("{} orders delivered, {} settled on TikTok into the statements of {}; statements {}, lines {}, "
                + "posted and paid out in {} s", ledger.ordersDelivered, ledger.ordersSettled, ledger.statementDay,
                tables.statementsByState(), tables.statementLinesByMatch(), ledger.settlementLag.toSeconds());
    }

    /** Returns whose final TikTok status the hub has read and dealt with: all written, or parked. */
    private int returnsSettled() {
        Map<String, HubTables.ReturnProgress> stored = tables.returnProgress();
        return (int) ledger.returns.stream().filter(ret -> {
            HubTables.ReturnProgress hubSide = stored.get(ret.returnId());
            return hubSide != null && ret.finalStatus().equals(hubSide.status()) && !hubSide.needsWrite()
                    && ("DONE".equals(hubSide.state()) || "PARKED".equals(hubSide.state()));
        }).count();
    }

    /** The inventory service's available stock of every item at the sellable locations is NetSuite's now. */
    private boolean restockSeenByInventory() {
        return new Invariants(tiktok(), simulators.netsuite.account())
                .tiktokStockIsSellable(estate, hub.inventoryUrl()).passed();
    }

    /** Shipped or parked: either way order-sync has dealt with it. */
    private int reported() {
        Map<String, String> states = tables.fulfilmentStates();
        return (int) ledger.fulfilments.stream().map(states::get)
                .filter(state -> "SHIPPED".equals(state) || "PARKED".equals(state)).count();
    }

    @SuppressWarnings("unchecked")
    private void countTrackingOnTikTok(List<PlacedOrder> shipped) {
        for (PlacedOrder order : shipped) {
            Map<String, Object> view = tiktok().order(order.orderId());
            List<Map<String, Object>> lines = (List<Map<String, Object>>) view.get("line_items");
            List<Map<String, Object>> live = lines.stream()
                    .filter(line -> !"CANCELLED".equals(line.get("display_status"))).toList();
            if ("SELLER".equals(view.get("shipping_type"))) {
                if (live.stream().allMatch(line -> line.get("tracking_number") != null
                        && !String.valueOf(line.get("tracking_number")).isBlank())) {
                    ledger.ordersWithTrackingOnTikTok++;
                }
            } else if ("AWAITING_COLLECTION".equals(view.get("status"))) {
                ledger.tiktokShippedHandedOver++;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private boolean hasPreOrderUnits(PlacedOrder order) {
        List<Map<String, Object>> lines = (List<Map<String, Object>>) tiktok().order(order.orderId()).get("line_items");
        return lines.stream().anyMatch(line -> "PRE_ORDER".equals(line.get("sku_type")));
    }

    @SuppressWarnings("unchecked")
    private int liveUnits(PlacedOrder order) {
        List<Map<String, Object>> lines = (List<Map<String, Object>>) tiktok().order(order.orderId()).get("line_items");
        return (int) lines.stream().filter(line -> !"CANCELLED".equals(line.get("display_status"))).count();
    }

    /** A carrier the shop maps, and a tracking number in that carrier's style. */
    private Parcel parcel(String shop) {
        if (shop.equals(ShopDirectory.US_SHOP_ID)) {
            List<String> methods = List.of(NetSuiteEstate.UPS_GROUND, NetSuiteEstate.USPS_PRIORITY,
                    NetSuiteEstate.FEDEX_HOME);
            String method = methods.get(random.nextInt(methods.size()));
            String tracking = switch (method) {
                case NetSuiteEstate.UPS_GROUND -> "1Z999AA1" + digits(10);
                case NetSuiteEstate.USPS_PRIORITY -> "9400" + digits(18);
                default -> "7" + digits(11);
            };
            return new Parcel(tracking, method);
        }
        boolean royalMail = random.nextBoolean();
        return royalMail ? new Parcel("RM" + digits(9) + "GB", NetSuiteEstate.ROYAL_MAIL_48)
                : new Parcel("155" + digits(11), NetSuiteEstate.DPD_NEXT_DAY);
    }

    private String digits(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(random.nextInt(10));
        }
        return text.toString();
    }

    private boolean waitFor(String what, BooleanSupplier done) {
        Instant deadline = Instant.now().plus(stepDeadline);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (done.getAsBoolean()) {
                    progress.print();
                    return true;
                }
            } catch (RuntimeException e) {
                // A table not created yet, a service still starting: look again shortly.
            }
            pause(500);
        }
        progress.print();
        ledger.problem(what + " did not finish within " + stepDeadline.toMinutes() + " minutes");
        return false;
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
