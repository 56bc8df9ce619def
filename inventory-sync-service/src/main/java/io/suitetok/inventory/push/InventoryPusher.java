package io.suitetok.inventory.push;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.inventory.config.InventoryProperties;
import io.suitetok.inventory.config.ShopInventorySettings;
import io.suitetok.inventory.push.PushPlanner.Claim;
import io.suitetok.inventory.store.LevelStore;
import io.suitetok.tiktok.api.StockAndPriceApi.SkuStock;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome;
import io.suitetok.tiktok.model.product.WarehouseQuantity;
import io.suitetok.tiktok.spring.TikTokShops;
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
 * Sends claimed levels to TikTok, one Update Inventory call per product (TikTok takes a product's SKUs
 * together), several products at once; the client's rate limiter per shop and endpoint paces the calls.
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

    private final PushPlanner planner;
    private final LevelStore levels;
    private final TikTokShopClient tiktok;
    private final TikTokShops shops;
    private final InventoryProperties properties;
    private final MeterRegistry meters;
    private final ExecutorService lanes = daemonPool("inventory-push-shop");
    private final ExecutorService products = daemonPool("inventory-push");
    private final ExecutorService wire = daemonPool("inventory-push-call");
    private final Map<String, CompletableFuture<Integer>> rounds = new ConcurrentHashMap<>();

    public InventoryPusher(PushPlanner planner, LevelStore levels, TikTokShopClient tiktok, TikTokShops shops,
            InventoryProperties properties, MeterRegistry meters) {
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
        for (Claim claim : claims) {
            if (levels.currentVersion(claim.key()) == claim.version()) {
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
        Map<String, List<WarehouseQuantity>> perSku = new LinkedHashMap<>();
        current.forEach(claim -> perSku.computeIfAbsent(claim.skuId(), id -> new ArrayList<>())
                .add(new WarehouseQuantity(claim.key().warehouseId(), claim.quantity())));
        List<SkuStock> body = perSku.entrySet().stream().map(e -> new SkuStock(e.getKey(), e.getValue())).toList();
        meters.counter("inventory.push.calls").increment();
        CallOnItsOwnThread onWire = new CallOnItsOwnThread();
        Future<Integer> call = wire.submit(() -> callAndRecord(product, current, body, onWire));
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

    private int callAndRecord(ProductKey product, List<Claim> current, List<SkuStock> body, CallOnItsOwnThread onWire) {
        SkuUpdateOutcome outcome;
        // Orders TikTok creates from here on are taken off the value sent (one created while the call is
        // on its way may have been overwritten by it: a window of one call, covered by safety stock).
        java.time.Instant sentAt = java.time.Instant.now();
        onWire.enter();
        try {
            outcome = tiktok.stockAndPrices().updateInventory(shops.context(product.shopId()), product.productId(), body);
        } catch (RuntimeException e) {
            onWire.leave();
            log.warn("inventory update of product {} in shop {} failed; its {} values wait for a retry: {}",
                    product.productId(), product.shopId(), current.size(), e.toString());
            current.forEach(claim -> failed(claim, e.toString()));
            return 0;
        }
        onWire.leave();
        Map<Claim, String> refused = PushOutcome.refusals(current, outcome);
        int accepted = 0;
        for (Claim claim : current) {
            if (refused.containsKey(claim)) {
                failed(claim, refused.get(claim));
            } else if (levels.recordAccepted(claim.key(), claim.version(), claim.quantity(), claim.knownLineSeq(),
                    claim.committedUnits(), sentAt)) {
                meters.counter("inventory.push.skus", "outcome", "accepted").increment();
                accepted++;
            } else {
                meters.counter("inventory.push.skus", "outcome", "outcome-stale").increment();
            }
        }
        return accepted;
    }

    private void failed(Claim claim, String error) {
        meters.counter("inventory.push.skus", "outcome", "refused").increment();
        levels.recordFailed(claim.key(), claim.version(), properties.retryBaseDelay(), properties.retryMaxDelay(),
                Objects.requireNonNullElse(error, "refused"));
    }

    @Override
    public void close() {
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
