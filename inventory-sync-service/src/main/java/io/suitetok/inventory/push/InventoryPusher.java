package io.suitetok.inventory.push;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.inventory.config.InventoryProperties;
import io.suitetok.inventory.push.PushPlanner.Claim;
import io.suitetok.inventory.store.LevelStore;
import io.suitetok.tiktok.api.StockAndPriceApi.SkuStock;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.model.product.SkuUpdateOutcome;
import io.suitetok.tiktok.model.product.WarehouseQuantity;
import io.suitetok.tiktok.spring.TikTokShops;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends claimed levels to TikTok, one Update Inventory call per product (TikTok takes a product's SKUs
 * together), several products at once; the client's rate limiter per shop and endpoint paces the calls.
 * Latest value wins: a claim whose level was recomputed meanwhile is dropped before sending, an outcome
 * for an older version never overwrites a newer accepted one, and a SKU TikTok refused inside a
 * successful answer is retried on its own later (only if its value is still the newest).
 */
public class InventoryPusher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InventoryPusher.class);

    private final PushPlanner planner;
    private final LevelStore levels;
    private final TikTokShopClient tiktok;
    private final TikTokShops shops;
    private final InventoryProperties properties;
    private final MeterRegistry meters;
    private final ExecutorService calls;

    public InventoryPusher(PushPlanner planner, LevelStore levels, TikTokShopClient tiktok, TikTokShops shops,
            InventoryProperties properties, MeterRegistry meters) {
        this.planner = planner;
        this.levels = levels;
        this.tiktok = tiktok;
        this.shops = shops;
        this.properties = properties;
        this.meters = meters;
        this.calls = Executors.newFixedThreadPool(properties.pushConcurrency(), runnable -> {
            Thread thread = new Thread(runnable, "inventory-push");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Plans and sends one round. @return SKU-warehouse values TikTok accepted */
    public int pushOnce() {
        return send(planner.plan().claims());
    }

    /** Sends claims planned earlier, grouped per product. @return values TikTok accepted */
    public int send(List<Claim> claims) {
        Map<ProductKey, List<Claim>> perProduct = claims.stream().collect(Collectors.groupingBy(
                claim -> new ProductKey(claim.key().shopId(), claim.productId()), LinkedHashMap::new,
                Collectors.toList()));
        List<CompletableFuture<Integer>> running = new ArrayList<>();
        perProduct.forEach((product, productClaims) -> running.add(
                CompletableFuture.supplyAsync(() -> sendProduct(product, productClaims), calls)));
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
        SkuUpdateOutcome outcome;
        try {
            outcome = tiktok.stockAndPrices().updateInventory(shops.context(product.shopId()), product.productId(), body);
        } catch (RuntimeException e) {
            log.warn("inventory update of product {} in shop {} failed; its {} values wait for a retry: {}",
                    product.productId(), product.shopId(), current.size(), e.toString());
            current.forEach(claim -> failed(claim, e.toString()));
            return 0;
        }
        Map<String, String> refused = new HashMap<>();
        outcome.errors().forEach(error -> refused.put(error.detail() == null ? null : error.detail().skuId(),
                error.code() + " " + error.message()));
        int accepted = 0;
        for (Claim claim : current) {
            if (refused.containsKey(claim.skuId())) {
                failed(claim, refused.get(claim.skuId()));
            } else if (levels.recordAccepted(claim.key(), claim.version(), claim.quantity(), claim.knownLineSeq(),
                    claim.committedUnits())) {
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
        calls.shutdownNow();
    }

    private record ProductKey(String shopId, String productId) {
    }
}
