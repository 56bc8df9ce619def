package io.suitetok.inventory.bench;

import io.suitetok.inventory.InventorySyncApplication;
import io.suitetok.inventory.netsuite.MovementSignature;
import io.suitetok.inventory.recalc.FullRecalculation;
import io.suitetok.inventory.store.RecalculationStore.Recalculation;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.model.catalog.SkuMapping;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.id.TikTokProductId;
import io.suitetok.model.id.TikTokSkuId;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.latency.LatencyModel;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.netsuite.seed.StockAdjustment;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.control.ControlViews.SkuState;
import io.suitetok.sandbox.tiktok.products.Catalog.SkuSeed;
import io.suitetok.sandbox.tiktok.products.Categories;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.testkit.BenchmarkRun;
import io.suitetok.testkit.EmbeddedHubApplication;
import io.suitetok.testkit.StatementStatistics;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two figures, printed, asserting nothing:
 * <ol>
 *   <li>NetSuite stock change to TikTok update: the stock of one item is changed in the NetSuite
 *       simulator and reported by a signed movement call, as the user event script does; the time until
 *       the TikTok simulator shows the new quantity, p50 and p95 over {@code bench.changes} changes.</li>
 *   <li>A full recalculation of {@code bench.skus} SKUs ({@code bench.skusPerProduct} per product) whose
 *       every value differs from TikTok's, until TikTok accepted all of them, against the rate-limit
 *       bound: Update Inventory calls needed (one per product) ÷ the QPS the client is allowed.</li>
 * </ol>
 * NetSuite runs its latency model scaled by {@code bench.latencyScale}.
 *
 * <p>{@code -Dbench.changes=200 -Dbench.skus=50000 -Dbench.skusPerProduct=100 -Dbench.qps=20
 * -Dbench.latencyScale=0.2}
 */
public final class InventoryFlowBenchmark {

    private static final String SHOP = ShopDirectory.US_SHOP_ID;
    private static final String EAST = ShopDirectory.US_EAST_WAREHOUSE;
    private static final String SECRET = "bench-movement-secret";
    private static final int CHANGES = Integer.getInteger("bench.changes", 200);
    private static final int SKUS = Integer.getInteger("bench.skus", 50_000);
    private static final int SKUS_PER_PRODUCT = Integer.getInteger("bench.skusPerProduct", 100);
    private static final int QPS = Integer.getInteger("bench.qps", 20);
    private static final double SCALE = Double.parseDouble(System.getProperty("bench.latencyScale", "0.2"));

    private InventoryFlowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkRun.exitAfter(InventoryFlowBenchmark::run);
    }

    private static void run() throws Exception {
        try (RunningSimulator tiktok = TikTokShopSimulator.start(io.suitetok.sandbox.tiktok.SimulatorSettings.forTests()
                .withSeedCatalog(false).withQps(QPS * 2, Map.of()));
                NetSuiteSimulator netsuite = NetSuiteSimulator.start(io.suitetok.sandbox.netsuite.SimulatorSettings
                        .forTests().withLatency(LatencyModel.defaults().scaled(SCALE)))) {
            netsuite.account().seed(new SeedRequest(List.of(new SeedRequest.Currency("1", "USD")),
                    List.of(new SeedRequest.Subsidiary("10", "Acme US", "1")),
                    List.of(new SeedRequest.Location("101", "Chicago DC", "10")), List.of(), List.of(), List.of(),
                    List.of()));
            try (ConfigurableApplicationContext service = start(tiktok, netsuite)) {
                changeToTikTok(service, tiktok, netsuite);
                fullRecalculation(service, tiktok, netsuite);
            }
        }
    }

    private static void changeToTikTok(ConfigurableApplicationContext service, RunningSimulator tiktok,
            NetSuiteSimulator netsuite) throws Exception {
        seedItems(netsuite, 900_000, 1);
        ProductState product = tiktok.control().seedProduct(SHOP, "Latency Tee", Categories.T_SHIRTS,
                List.of(new SkuSeed("LAT-0", "M", new BigDecimal("19.99"), Map.of(EAST, 0), false)));
        map(service, product, "LAT-0", 900_000);
        MovementSignature signer = new MovementSignature(SECRET);
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        HttpClient http = HttpClient.newHttpClient();
        waitForTikTok(tiktok, "LAT-0", stockOf(0), 60_000);
        List<Long> micros = new ArrayList<>();
        for (int i = 1; i <= CHANGES; i++) {
            int quantity = 1_000 + i;
            netsuite.account().adjustStock(new StockAdjustment("900000", "101", BigDecimal.valueOf(quantity), null));
            long changed = System.nanoTime();
            byte[] body = "{\"items\":[\"900000\"],\"record\":\"inventoryadjustment\"}".getBytes(StandardCharsets.UTF_8);
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/inventory/movements"))
                    .header(MovementSignature.HEADER, signer.sign(body)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            waitForTikTok(tiktok, "LAT-0", quantity, 30_000);
            micros.add((System.nanoTime() - changed) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf(Locale.ROOT, "%nNetSuite change -> TikTok update (movement call, %d changes, NetSuite latency x%.2f):"
                + " p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", CHANGES, SCALE, micros.get(micros.size() / 2) / 1000.0,
                micros.get((int) (micros.size() * 0.95)) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
    }

    private static void fullRecalculation(ConfigurableApplicationContext service, RunningSimulator tiktok,
            NetSuiteSimulator netsuite) {
        int products = (SKUS + SKUS_PER_PRODUCT - 1) / SKUS_PER_PRODUCT;
        seedItems(netsuite, 1_000_000, SKUS);
        for (int p = 0; p < products; p++) {
            List<SkuSeed> skus = new ArrayList<>();
            for (int s = p * SKUS_PER_PRODUCT; s < Math.min(SKUS, (p + 1) * SKUS_PER_PRODUCT); s++) {
                skus.add(new SkuSeed("BULK-" + s, "V" + s, new BigDecimal("9.99"), Map.of(EAST, 0), false));
            }
            ProductState product = tiktok.control().seedProduct(SHOP, "Bulk product " + p, Categories.KITCHEN_STORAGE,
                    skus);
            List<Object[]> rows = new ArrayList<>();
            for (int s = p * SKUS_PER_PRODUCT; s < Math.min(SKUS, (p + 1) * SKUS_PER_PRODUCT); s++) {
                rows.add(new Object[] {SHOP, "BULK-" + s, Integer.toString(1_000_000 + s), product.productId(),
                        product.sku("BULK-" + s).skuId()});
            }
            // Straight into the service's table, unread: the recalculation is what reads and pushes them.
            service.getBean(JdbcTemplate.class).batchUpdate("insert into catalog_sku_mapping (shop_id, seller_sku, "
                    + "netsuite_item_id, tiktok_product_id, tiktok_sku_id, listing_status) values (?, ?, ?, ?, ?, 'LIVE')",
                    rows);
        }
        tiktok.control().clearCalls();
        StatementStatistics statements = new StatementStatistics(service.getBean(JdbcTemplate.class));
        long started = System.nanoTime();
        Recalculation run = service.getBean(FullRecalculation.class).runNow("benchmark");
        double recalculated = (System.nanoTime() - started) / 1e9;
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        // An existence check on the due index: counting every due level 50 times a second would load the
        // database the benchmark measures.
        while (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from inventory_level where push_due)",
                Boolean.class))) {
            sleep(20);
        }
        double onTikTok = (System.nanoTime() - started) / 1e9;
        long calls = tiktok.control().callCount("update_inventory");
        System.out.printf(Locale.ROOT, "full recalculation: %d SKUs in %d products, %d items read, %d levels changed, "
                + "computed in %.1f s, all on TikTok after %.1f s%n", SKUS, products, run.itemsDone(), run.levelsChanged(),
                recalculated, onTikTok);
        System.out.printf(Locale.ROOT, "Update Inventory calls: %d (needed %d); rate-limit bound %d / %d QPS = %.1f s; "
                + "measured / bound = %.2f%n", calls, products, products, QPS, (double) products / QPS,
                onTikTok / ((double) products / QPS));
        statements.print(8);
    }

    /** Items {@code first}, {@code first + 1}, ... with on-hand stock 1 to 500 at Chicago. */
    private static void seedItems(NetSuiteSimulator netsuite, int first, int count) {
        List<SeedRequest.Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new SeedRequest.Item(Integer.toString(first + i), null, "ITEM-" + (first + i), "Item " + i, null,
                    null, null, null, false, List.of(), List.of(), List.of(new SeedRequest.Stock("101",
                            BigDecimal.valueOf(stockOf(i)), BigDecimal.ZERO))));
        }
        netsuite.account().seed(new SeedRequest(List.of(), List.of(), List.of(), List.of(), List.of(), items, List.of()));
    }

    private static int stockOf(int i) {
        return 1 + (i * 37) % 500;
    }

    /** As the catalogue topic's listener does: store the mapping and queue the item for a read. */
    private static void map(ConfigurableApplicationContext service, ProductState product, String sellerSku, int item) {
        service.getBean(SkuMappingReplica.class).save(new SkuMapping(new ShopId(SHOP), new SellerSku(sellerSku),
                new NetSuiteInternalId(Integer.toString(item)), new TikTokProductId(product.productId()),
                new TikTokSkuId(product.sku(sellerSku).skuId()), ListingStatus.LIVE));
        service.getBean(io.suitetok.inventory.store.MovementStore.class).enqueue(List.of(Integer.toString(item)));
    }

    private static void waitForTikTok(RunningSimulator tiktok, String sellerSku, int quantity, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            SkuState sku = tiktok.control().sku(SHOP, sellerSku);
            if (sku.stockIn(EAST) == quantity) {
                return;
            }
            sleep(2);
        }
        throw new IllegalStateException(sellerSku + " did not reach " + quantity + " on TikTok in time");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ConfigurableApplicationContext start(RunningSimulator tiktok, NetSuiteSimulator netsuite) {
        List<String> args = new ArrayList<>(List.of("--hub.inventory.movement-secret=" + SECRET,
                "--hub.inventory.shops[0].shop-id=" + SHOP, "--hub.inventory.shops[0].locations[101]=" + EAST,
                "--hub.inventory.poll-enabled=false", "--hub.inventory.full-recalculation-enabled=false",
                "--hub.inventory.movement-interval=20ms", "--hub.inventory.push-interval=20ms",
                "--hub.tiktok.default-qps=" + QPS, "--hub.netsuite.concurrency-share=4", "--logging.level.root=WARN"));
        tiktok.hubProperties("bench_inventory_tokens.shop_token").forEach((key, value) -> args.add("--" + key + "=" + value));
        netsuite.hubProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        return EmbeddedHubApplication.start(InventorySyncApplication.class, "bench_inventory", args.toArray(String[]::new));
    }
}
