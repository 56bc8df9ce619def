package io.suitetok.inventory.push;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.inventory.config.InventoryProperties;
import io.suitetok.inventory.config.ShopInventorySettings;
import io.suitetok.inventory.push.PushPlanner.Claim;
import io.suitetok.inventory.store.LevelStore;
import io.suitetok.inventory.store.OrderLineStore.LineKey;
import io.suitetok.tiktok.api.StockAndPriceApi.SkuStock;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.error.TikTokApiException;
import io.suitetok.tiktok.error.TikTokServerException;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome;
import io.suitetok.tiktok.model.product.WarehouseQuantity;
import io.suitetok.tiktok.spring.TikTokShops;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends claimed levels to TikTok, one Get Product read and at most one Update Inventory call per product
 * (TikTok takes a product's SKUs together), several products at once; the client's rate limiter per shop
 * and endpoint paces the calls. What is sent is decided against the stock TikTok shows at the read
 * ({@link RaiseOnlyByNetSuiteGain}): TikTok's count is never raised by more than NetSuite gained.
 * Latest value wins: a claim whose level was recomputed meanwhile is dropped before sending, an outcome
 * for an older version never overwrites a newer accepted one (it makes the newest value go again, as
 * TikTok may now show the old one), and a SKU TikTok refused inside a successful answer is retried on
 * its own later (only if its value is still the newest).
 *
 * <p>Each shop runs its own round: a shop TikTok throttles never holds up the others. Each call has a
 * deadline ({@code push-call-deadline}) well inside the claim's life, so another replica cannot take
 * the claim and send a newer value while this call may still land.
 */
public class InventoryPusher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InventoryPusher.class);
    /** How soon a held drop is looked at again (it resolves when the hub releases the order's line). */
    private static final Duration HOLD_RECHECK = Duration.ofMillis(250);

    private final PushPlanner planner;
    private final LevelStore levels;
    private final TikTokShopClient tiktok;
    private final TikTokShops shops;
    private final InventoryProperties properties;
    private final MeterRegistry meters;
    private final InventoryTelemetry telemetry;
    private final ExecutorService lanes = daemonPool("inventory-push-shop");
    private final ExecutorService products = daemonPool("inventory-push");
    private final ExecutorService wire = daemonPool("inventory-push-call");
    private final Map<String, CompletableFuture<Integer>> rounds = new ConcurrentHashMap<>();
    private volatile boolean stopped;

    public InventoryPusher(PushPlanner planner, LevelStore levels, TikTokShopClient tiktok, TikTokShops shops,
            InventoryProperties properties, MeterRegistry meters, InventoryTelemetry telemetry) {
        this.telemetry = telemetry;
        this.planner = planner;
        this.levels = levels;
        this.tiktok = tiktok;
        this.shops = shops;
        this.properties = properties;
        this.meters = meters;
    }

    /** Plans and sends one round per shop and waits for them. @return SKU-warehouse values TikTok accepted */
    public int pushOnce() {
        return startRounds().stream().mapToInt(CompletableFuture::join).sum();
    }

    /** The schedule's round: starts a round for each shop whose previous round is over, and returns. */
    public void pushInBackground() {
        startRounds();
    }

    private List<CompletableFuture<Integer>> startRounds() {
        List<CompletableFuture<Integer>> started = new ArrayList<>();
        if (stopped) {
            return started;
        }
        for (ShopInventorySettings shop : properties.shops()) {
            started.add(rounds.compute(shop.shopId(), (shopId, running) -> running != null && !running.isDone()
                    ? running
                    : CompletableFuture.supplyAsync(() -> send(planner.plan(shopId).claims()), lanes)
                            .whenComplete((accepted, failure) -> {
                                if (failure != null) {
                                    log.warn("push round of shop {} failed; the next round tries again: {}", shopId,
                                            failure.toString());
                                }
                            })));
        }
        return started;
    }

    /** Sends claims planned earlier, grouped per product. @return values TikTok accepted */
    public int send(List<Claim> claims) {
        Map<ProductKey, List<Claim>> perProduct = claims.stream().collect(Collectors.groupingBy(
                claim -> new ProductKey(claim.key().shopId(), claim.productId()), LinkedHashMap::new,
                Collectors.toList()));
        Semaphore slots = new Semaphore(properties.pushConcurrency());
        List<CompletableFuture<Integer>> running = new ArrayList<>();
        perProduct.forEach((product, productClaims) -> {
            slots.acquireUninterruptibly();
            running.add(CompletableFuture.supplyAsync(() -> sendProduct(product, productClaims), products)
                    .whenComplete((accepted, failure) -> slots.release()));
        });
        return running.stream().mapToInt(CompletableFuture::join).sum();
    }

    private int sendProduct(ProductKey product, List<Claim> claims) {
        List<Claim> current = new ArrayList<>();
        Map<LineKey, Long> newest = levels.currentVersions(claims.stream().map(Claim::key).toList());
        for (Claim claim : claims) {
            if (Objects.equals(newest.get(claim.key()), claim.version())) {
                current.add(claim);
            } else {
                // Recomputed since it was claimed: the newer value is due and goes next round instead.
                levels.dropClaim(claim.key(), claim.version());
                meters.counter("inventory.push.skus", "outcome", "stale-dropped").increment();
            }
        }
        if (current.isEmpty()) {
            return 0;
        }
        CallOnItsOwnThread onWire = new CallOnItsOwnThread();
        Future<Integer> call = wire.submit(() -> readDecideAndSend(product, current, onWire));
        try {
            return call.get(properties.pushCallDeadline().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // The claims stay until the call ends and records its outcome (a late success that turns out
            // stale sends the newest value again); the claim timeout is at least twice this deadline.
            boolean interrupted = onWire.interrupt();
            meters.counter("inventory.push.calls.deadline").increment();
            log.warn("inventory update of product {} in shop {} passed its {} deadline{}", product.productId(),
                    product.shopId(), properties.pushCallDeadline(), interrupted ? "; interrupted" : "");
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            onWire.interrupt();
            return 0;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Reads the product's stock on TikTok (one Get Product for all its SKUs), decides each claim against
     * it and sends the values that differ in one Update Inventory call. The read and the write together
     * are one call for the deadline: the shorter the gap between them, the fewer orders TikTok takes
     * in between (those the write overwrites; see the README's failure modes).
     */
    private int readDecideAndSend(ProductKey product, List<Claim> current, CallOnItsOwnThread onWire) {
        if (current.stream().allMatch(InventoryPusher::isFirstPush)) {
            // Nothing to measure against TikTok's count (a bulk listing, a first recalculation): half the calls.
            Map<Claim, RaiseOnlyByNetSuiteGain.Decision> toSend = new LinkedHashMap<>();
            current.forEach(claim -> toSend.put(claim, RaiseOnlyByNetSuiteGain.firstPush(claim.quantity(),
                    claim.basis() == null ? 0 : claim.basis(), claim.deliverable(), outOfStockThreshold(claim))));
            return send(product, toSend, Map.of(), onWire);
        }
        Map<Claim, Integer> shown;
        long readStarted = System.nanoTime();
        onWire.enter();
        try {
            shown = TikTokStock.of(tiktok.products().get(shops.context(product.shopId()), product.productId()),
                    current);
        } catch (RuntimeException e) {
            onWire.leave();
            log.warn("reading product {} in shop {} failed; its {} values wait for a retry: {}", product.productId(),
                    product.shopId(), current.size(), e.toString());
            current.forEach(claim -> failed(claim, "reading TikTok's stock failed: " + e));
            return 0;
        }
        onWire.leave();
        Duration readTrip = Duration.ofNanos(System.nanoTime() - readStarted);
        Instant readAt = Instant.now();
        meters.counter("inventory.push.reads").increment();
        Map<Claim, RaiseOnlyByNetSuiteGain.Decision> toSend = new LinkedHashMap<>();
        for (Claim claim : current) {
            Integer tiktokNow = shown.get(claim);
            telemetry.readBack(claim, tiktokNow);
            if (tiktokNow == null) {
                failed(claim, "SKU " + claim.skuId() + " is not in product " + product.productId() + " on TikTok");
                continue;
            }
            RaiseOnlyByNetSuiteGain.Decision decision = RaiseOnlyByNetSuiteGain.decide(claim.quantity(), tiktokNow,
                    claim.basis() == null ? 0 : claim.basis(), claim.pushedBasis(), claim.deliverable(),
                    claim.explainable(), claim.holdExpired(), outOfStockThreshold(claim),
                    SalesDuringTheCall.unitsToHoldBack(claim.setQuantity(), claim.setAt(), tiktokNow, readAt, readTrip));
            switch (decision.action()) {
                case IN_SYNC -> {
                    levels.markInSync(claim.key(), claim.version(), tiktokNow, basisOrNull(claim, decision.basisIfShown()));
                    meters.counter("inventory.push.skus", "outcome", "in-sync").increment();
                }
                case HOLD -> {
                    levels.holdUntil(claim.key(), claim.version(), Instant.now().plus(HOLD_RECHECK));
                    meters.counter("inventory.push.skus", "outcome", "held").increment();
                }
                case PUSH -> {
                    if (decision.value() != claim.quantity()) {
                        log.info("{} {} in {}: sending {} instead of {}: TikTok shows {}, NetSuite's basis {} against "
                                + "{} at the last push, read in {} ms", claim.key().shopId(), claim.key().sellerSku(),
                                claim.key().warehouseId(), decision.value(), claim.quantity(), tiktokNow, claim.basis(),
                                claim.pushedBasis(), readTrip.toMillis());
                    }
                    toSend.put(claim, decision);
                }
            }
        }
        return toSend.isEmpty() ? 0 : send(product, toSend, shown, onWire);
    }

    private int send(ProductKey product, Map<Claim, RaiseOnlyByNetSuiteGain.Decision> toSend, Map<Claim, Integer> shown,
            CallOnItsOwnThread onWire) {
        Map<String, List<WarehouseQuantity>> perSku = new LinkedHashMap<>();
        toSend.forEach((claim, decision) -> perSku.computeIfAbsent(claim.skuId(), id -> new ArrayList<>())
                .add(new WarehouseQuantity(claim.key().warehouseId(), (int) decision.value())));
        List<SkuStock> body = perSku.entrySet().stream().map(e -> new SkuStock(e.getKey(), e.getValue())).toList();
        List<Claim> sent = List.copyOf(toSend.keySet());
        meters.counter("inventory.push.calls").increment();
        Instant sentAt = Instant.now();
        SkuUpdateOutcome outcome;
        onWire.enter();
        try {
            outcome = tiktok.stockAndPrices().updateInventory(shops.context(product.shopId()), product.productId(), body);
        } catch (RuntimeException e) {
            onWire.leave();
            boolean answered = e instanceof TikTokApiException && !(e instanceof TikTokServerException);
            log.warn("inventory update of product {} in shop {} failed{}; its {} values wait for a retry: {}",
                    product.productId(), product.shopId(), answered ? "" : " without an answer", sent.size(), e.toString());
            for (Claim claim : sent) {
                if (!answered && claim.basis() != null && shown.containsKey(claim)) {
                    // TikTok may have applied it: a raise must not be granted twice.
                    levels.recordUnanswered(claim.key(), toSend.get(claim).basisIfUnanswered());
                }
                failed(claim, e.toString());
            }
            return 0;
        }
        onWire.leave();
        Instant answeredAt = Instant.now();
        Map<Claim, String> refused = PushOutcome.refusals(sent, outcome);
        List<LevelStore.Acceptance> acceptances = new ArrayList<>();
        for (Claim claim : sent) {
            RaiseOnlyByNetSuiteGain.Decision decision = toSend.get(claim);
            if (refused.containsKey(claim)) {
                failed(claim, refused.get(claim));
            } else {
                acceptances.add(new LevelStore.Acceptance(claim.key(), claim.version(), (int) decision.value(),
                        claim.knownLineSeq(), claim.committedUnits(), sentAt, basisOrNull(claim, decision.basisIfShown()),
                        verifyAfter(shown.get(claim)), answeredAt));
            }
        }
        List<LevelStore.Acceptance> stale = levels.recordAcceptedAll(acceptances);
        for (LevelStore.Acceptance late : stale) {
            // A newer value was accepted meanwhile: recorded as a stale answer (the newest goes again).
            levels.recordAccepted(late.key(), late.version(), late.quantity(), late.lineSeq(), late.committedUnits(),
                    late.sentAt(), late.pushedBasis(), late.verifyAt());
        }
        meters.counter("inventory.push.skus", "outcome", "accepted").increment(acceptances.size() - stale.size());
        telemetry.accepted(sent.stream().filter(claim -> !refused.containsKey(claim)).toList());
        meters.counter("inventory.push.skus", "outcome", "outcome-stale").increment(stale.size());
        return acceptances.size() - stale.size();
    }

    /**
     * When to read the SKU back: orders TikTok took between the read and the update were overwritten, and
     * TikTok takes none while it shows 0 (a raise from 0 needs no second look, nor does a first push, which
     * was not read and measures nothing against TikTok's count).
     */
    private Instant verifyAfter(Integer shownAtRead) {
        return shownAtRead != null && shownAtRead > 0 ? Instant.now().plus(properties.verifyAfterPush()) : null;
    }

    /** No pushed basis: the ceiling does not depend on what TikTok shows (RaiseOnlyByNetSuiteGain). */
    private static boolean isFirstPush(Claim claim) {
        return claim.basis() == null || claim.pushedBasis() == null;
    }

    /** A level computed before the basis existed records none: a basis measured against 0 would be wrong. */
    private static Long basisOrNull(Claim claim, long basis) {
        return claim.basis() == null ? null : basis;
    }

    private long outOfStockThreshold(Claim claim) {
        return properties.shop(claim.key().shopId()).map(shop -> shop.rules().outOfStockThreshold()).orElse(0L);
    }

    private void failed(Claim claim, String error) {
        meters.counter("inventory.push.skus", "outcome", "refused").increment();
        levels.recordFailed(claim.key(), claim.version(), properties.retryBaseDelay(), properties.retryMaxDelay(),
                Objects.requireNonNullElse(error, "refused"));
    }

    /**
     * Shutdown: no new round starts, and the rounds under way are given up to {@code wait} to finish and
     * record what TikTok answered. A call still on the wire after that is interrupted at {@link #close()};
     * its claim stays, so the level goes again once the claim expires.
     */
    public void stopRounds(Duration wait) {
        stopped = true;
        CompletableFuture<?>[] running = rounds.values().toArray(CompletableFuture<?>[]::new);
        try {
            CompletableFuture.allOf(running).get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("push rounds still running after {}; their claims expire and another replica sends them", wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // logged by the round itself
        }
    }

    @Override
    public void close() {
        stopped = true;
        lanes.shutdownNow();
        products.shutdownNow();
        wire.shutdownNow();
    }

    private static ExecutorService daemonPool(String name) {
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private record ProductKey(String shopId, String productId) {
    }
}
