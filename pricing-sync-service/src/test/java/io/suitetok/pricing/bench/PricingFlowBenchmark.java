package io.suitetok.pricing.bench;

import io.suitetok.model.event.EventCodec;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.pricing.PricingSyncApplication;
import io.suitetok.pricing.netsuite.NetSuitePriceReader;
import io.suitetok.pricing.price.ItemPrices;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.latency.LatencyModel;
import io.suitetok.sandbox.netsuite.seed.PricingChange;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.sandbox.tiktok.control.ControlViews.SkuState;
import io.suitetok.sandbox.tiktok.products.Catalog.SkuSeed;
import io.suitetok.sandbox.tiktok.products.Categories;
import io.suitetok.sandbox.tiktok.promotions.BuyerPrice;
import io.suitetok.sandbox.tiktok.shops.ShopDirectory;
import io.suitetok.testkit.BenchmarkRun;
import io.suitetok.testkit.EmbeddedHubApplication;
import io.suitetok.testkit.StatementStatistics;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two figures, printed, asserting nothing:
 * <ol>
 *   <li>A price change of {@code bench.skus} SKUs ({@code bench.skusPerProduct} per product): every SKU is
 *       in sync at an old price (on TikTok and in the service), every NetSuite price is then changed; the
 *       time from the NetSuite read starting until TikTok accepted every new price, against the rate-limit
 *       bound: Update Price calls needed (one per product) ÷ the QPS the client is allowed.</li>
 *   <li>The cutover skew over {@code bench.cutovers} effective-dated changes: NetSuite price schedules whose
 *       starts are spread over {@code bench.instants} instants {@code bench.spacingMs} apart, read and
 *       prepared ahead; for each SKU, when the TikTok simulator's price history shows the new price minus
 *       the schedule's start, p50 and p99.</li>
 * </ol>
 * NetSuite runs its latency model scaled by {@code bench.latencyScale}; the TikTok simulator allows twice
 * the client's QPS, so the client's own limiter is the bound, not 429s.
 *
 * <p>{@code -Dbench.skus=50000 -Dbench.skusPerProduct=100 -Dbench.qps=20 -Dbench.latencyScale=0.2
 * -Dbench.cutovers=1000 -Dbench.instants=100 -Dbench.cutoverSkusPerProduct=10 -Dbench.spacingMs=1000
 * -Dbench.leadSeconds=20}
 */
public final class PricingFlowBenchmark {

    private static final String SHOP = ShopDirectory.US_SHOP_ID;
    private static final String WAREHOUSE = ShopDirectory.US_EAST_WAREHOUSE;
    private static final String USD = "1";
    private static final String BASE_PRICE = "1";
    private static final int SKUS = Integer.getInteger("bench.skus", 50_000);
    private static final int SKUS_PER_PRODUCT = Integer.getInteger("bench.skusPerProduct", 100);
    private static final int QPS = Integer.getInteger("bench.qps", 20);
    private static final double SCALE = Double.parseDouble(System.getProperty("bench.latencyScale", "0.2"));
    private static final int CUTOVERS = Integer.getInteger("bench.cutovers", 1_000);
    private static final int INSTANTS = Integer.getInteger("bench.instants", 100);
    private static final int CUTOVER_SKUS_PER_PRODUCT = Integer.getInteger("bench.cutoverSkusPerProduct", 10);
    private static final int SPACING_MS = Integer.getInteger("bench.spacingMs", 1_000);
    private static final int LEAD_SECONDS = Integer.getInteger("bench.leadSeconds", 20);

    private PricingFlowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkRun.exitAfter(PricingFlowBenchmark::run);
    }

    private static void run() throws Exception {
        try (RunningSimulator tiktok = TikTokShopSimulator.start(io.suitetok.sandbox.tiktok.SimulatorSettings.forTests()
                .withSeedCatalog(false).withQps(QPS * 2, Map.of()));
                NetSuiteSimulator netsuite = NetSuiteSimulator.start(io.suitetok.sandbox.netsuite.SimulatorSettings
                        .forTests().withLatency(LatencyModel.defaults().scaled(SCALE)))) {
            netsuite.account().seed(new SeedRequest(List.of(new SeedRequest.Currency(USD, "USD")), List.of(), List.of(),
                    List.of(new SeedRequest.PriceLevel(BASE_PRICE, "Base Price")), List.of(), List.of(), List.of()));
            try (ConfigurableApplicationContext service = start(tiktok, netsuite)) {
                if (SKUS > 0) {
                    bulkPriceChange(service, tiktok, netsuite);
                }
                if (CUTOVERS > 0) {
                    cutoverSkew(service, tiktok, netsuite);
                }
            }
        }
    }

    private static void bulkPriceChange(ConfigurableApplicationContext service, RunningSimulator tiktok,
            NetSuiteSimulator netsuite) {
        int products = inSyncAtOldPrices(service, tiktok, netsuite, "BULK-", 1_000_000, SKUS, SKUS_PER_PRODUCT);
        List<PricingChange.PriceMatrix> changed = new ArrayList<>();
        for (int s = 0; s < SKUS; s++) {
            changed.add(matrix(1_000_000 + s, newPrice(s)));
        }
        netsuite.account().changePricing(new PricingChange(changed, null, null, null));
        tiktok.control().clearCalls();
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        StatementStatistics statements = new StatementStatistics(jdbc);

        long started = System.nanoTime();
        service.getBean(NetSuitePriceReader.class).readChanged();
        double read = (System.nanoTime() - started) / 1e9;
        // An existence check on the due index, not a count: the benchmark must not load the database it measures.
        while (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from sku_price where shop_id = ? "
                + "and push_due and parked_reason is null)", Boolean.class, SHOP))) {
            sleep(20);
        }
        double onTikTok = (System.nanoTime() - started) / 1e9;

        long calls = tiktok.control().callCount("update_price");
        int wrong = SKUS;
        for (ProductState product : tiktok.control().products(SHOP)) {
            for (SkuState sku : product.skus()) {
                if (sku.sellerSku().startsWith("BULK-") && new BigDecimal(sku.price()).compareTo(
                        newPrice(Integer.parseInt(sku.sellerSku().substring("BULK-".length())))) == 0) {
                    wrong--;
                }
            }
        }
        Integer parked = jdbc.queryForObject("select count(*) from sku_price where parked_reason is not null",
                Integer.class);
        double bound = (double) products / QPS;
        System.out.printf(Locale.ROOT, "%nprice change: %d SKUs in %d products (NetSuite latency x%.2f), read and priced "
                + "in %.1f s, all on TikTok after %.1f s; %d SKUs not at the new price on TikTok, %d parked%n", SKUS,
                products, SCALE, read, onTikTok, wrong, parked);
        System.out.printf(Locale.ROOT, "Update Price calls: %d (needed %d); rate-limit bound %d / %d QPS = %.1f s; "
                + "measured / bound = %.2f; modelled NetSuite search time %.1f s%n", calls, products, products, QPS, bound,
                onTikTok / bound, modelledSearchSeconds(SKUS));
        statements.print(12);
    }

    private static void cutoverSkew(ConfigurableApplicationContext service, RunningSimulator tiktok,
            NetSuiteSimulator netsuite) {
        int first = 2_000_000;
        // The simulator stamps every change at least a millisecond after the last, so seeding a bulk run puts
        // its clock minutes ahead; a matrix read stamped "in the future" would outrank the schedules (prices are
        // versioned by NetSuite's time). A real account's clock does not run ahead: wait until this one is back.
        NetSuiteGateway gateway = service.getBean(NetSuiteGateway.class);
        long caughtUp = System.nanoTime();
        while (gateway.serverTime().isAfter(Instant.now())) {
            sleep(500);
        }
        if (System.nanoTime() - caughtUp > 1_000_000_000L) {
            System.out.printf(Locale.ROOT, "%n(waited %.0f s for the NetSuite simulator's clock to come back to now)%n",
                    (System.nanoTime() - caughtUp) / 1e9);
        }
        int products = inSyncAtOldPrices(service, tiktok, netsuite, "CUT-", first, CUTOVERS, CUTOVER_SKUS_PER_PRODUCT);
        NetSuitePriceReader reader = service.getBean(NetSuitePriceReader.class);
        reader.readChanged(); // the seeding above, read now so that the timed read below prepares only schedules
        Instant start = Instant.now().plusSeconds(LEAD_SECONDS).truncatedTo(ChronoUnit.SECONDS);
        List<PricingChange.Schedule> schedules = new ArrayList<>();
        List<Instant> starts = new ArrayList<>();
        for (int s = 0; s < CUTOVERS; s++) {
            // SKU s switches at instant s mod INSTANTS: each instant's SKUs sit in different products.
            Instant from = start.plusMillis((long) (s % INSTANTS) * SPACING_MS);
            starts.add(from);
            schedules.add(new PricingChange.Schedule(null, Integer.toString(first + s), BASE_PRICE, USD, newPrice(s),
                    from, null, null));
        }
        netsuite.account().changePricing(new PricingChange(null, schedules, null, null));
        tiktok.control().clearCalls();
        long preparing = System.nanoTime();
        reader.readChanged();
        double prepared = (System.nanoTime() - preparing) / 1e9;
        if (Instant.now().isAfter(start)) {
            System.out.printf(Locale.ROOT, "WARNING: preparing took %.1f s, past the first start: raise bench.leadSeconds%n",
                    prepared);
        }
        Instant last = start.plusMillis((long) (INSTANTS - 1) * SPACING_MS);
        while (Instant.now().isBefore(last.plusSeconds(1))) {
            sleep(200);
        }
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        String cutoverStates = jdbc.queryForList("select state || ' ' || count(*) from price_cutover group by state "
                + "order by state", String.class).toString();
        List<Long> skewMillis = new ArrayList<>();
        int missing = 0;
        Instant deadline = Instant.now().plusSeconds(60);
        for (int s = 0; s < CUTOVERS; s++) {
            Long skew = null;
            while (skew == null && Instant.now().isBefore(deadline)) {
                skew = skewOf(tiktok.control().priceHistory(SHOP, "CUT-" + s), newPrice(s), starts.get(s));
                if (skew == null) {
                    sleep(50);
                }
            }
            if (skew == null) {
                missing++;
            } else {
                skewMillis.add(skew);
            }
        }
        Collections.sort(skewMillis);
        long calls = tiktok.control().callCount("update_price");
        int callsNeeded = INSTANTS * (int) Math.min(products, (CUTOVERS + INSTANTS - 1) / INSTANTS);
        System.out.printf(Locale.ROOT, "%ncutover skew: %d schedules over %d instants %d ms apart (%d SKUs per instant, "
                + "%d products of %d SKUs), prepared in %.1f s; cutovers %s; TikTok switched %d (%d missing)%n", CUTOVERS,
                INSTANTS, SPACING_MS, (CUTOVERS + INSTANTS - 1) / INSTANTS, products, CUTOVER_SKUS_PER_PRODUCT, prepared,
                cutoverStates, skewMillis.size(), missing);
        if (!skewMillis.isEmpty()) {
            System.out.printf(Locale.ROOT, "skew (TikTok's price-history instant - schedule start): min %d ms, p50 %d ms, "
                    + "p99 %d ms, max %d ms; Update Price calls %d (one per product per instant: %d)%n",
                    skewMillis.get(0), percentile(skewMillis, 0.50), percentile(skewMillis, 0.99),
                    skewMillis.get(skewMillis.size() - 1), calls, callsNeeded);
        }
    }

    /** When TikTok's history first shows {@code price} at or after {@code from}, minus {@code from}; null if not yet. */
    private static Long skewOf(List<BuyerPrice> history, BigDecimal price, Instant from) {
        for (BuyerPrice entry : history) {
            if (entry.amount().compareTo(price) == 0 && entry.since() != null
                    && !entry.since().isBefore(from.minusSeconds(5))) {
                return Duration.between(from, entry.since()).toMillis();
            }
        }
        return null;
    }

    private static long percentile(List<Long> sorted, double fraction) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * fraction) - 1));
    }

    /**
     * Seeds {@code count} items and SKUs ({@code perProduct} per TikTok product) in sync at their old price:
     * in NetSuite, on TikTok, in this service's replica of the catalogue and in its price tables, as a
     * service that has run for a while holds them. Returns the number of products.
     */
    private static int inSyncAtOldPrices(ConfigurableApplicationContext service, RunningSimulator tiktok,
            NetSuiteSimulator netsuite, String prefix, int firstItem, int count, int perProduct) {
        List<SeedRequest.Item> items = new ArrayList<>();
        List<PricingChange.PriceMatrix> matrices = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            String item = Integer.toString(firstItem + s);
            items.add(new SeedRequest.Item(item, null, prefix + s, "Item " + s, null, null, null, Map.of(), false,
                    List.of(), List.of(), List.of()));
            matrices.add(matrix(firstItem + s, oldPrice(s)));
        }
        netsuite.account().seed(new SeedRequest(List.of(), List.of(), List.of(), List.of(), List.of(), items, List.of()));
        netsuite.account().changePricing(new PricingChange(matrices, null, null, null));

        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        EventCodec codec = service.getBean(EventCodec.class);
        Timestamp before = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
        int products = (count + perProduct - 1) / perProduct;
        for (int p = 0; p < products; p++) {
            List<SkuSeed> skus = new ArrayList<>();
            for (int s = p * perProduct; s < Math.min(count, (p + 1) * perProduct); s++) {
                skus.add(new SkuSeed(prefix + s, "V" + s, oldPrice(s), Map.of(WAREHOUSE, 5), false));
            }
            ProductState product = tiktok.control().seedProduct(SHOP, prefix + "product " + p, Categories.KITCHEN_STORAGE,
                    skus);
            List<Object[]> mappings = new ArrayList<>();
            List<Object[]> matrixRows = new ArrayList<>();
            List<Object[]> priceRows = new ArrayList<>();
            for (int s = p * perProduct; s < Math.min(count, (p + 1) * perProduct); s++) {
                String item = Integer.toString(firstItem + s);
                mappings.add(new Object[] {SHOP, prefix + s, item, product.productId(), product.sku(prefix + s).skuId()});
                matrixRows.add(new Object[] {item, codec.writeText(List.of(new ItemPrices.Cell(BASE_PRICE, USD,
                        BigDecimal.ZERO, oldPrice(s)))), before});
                priceRows.add(new Object[] {SHOP, prefix + s, item, oldPrice(s), before, before, oldPrice(s)});
            }
            // Straight into the service's tables: what earlier reads and pushes left there.
            jdbc.batchUpdate("insert into catalog_sku_mapping (shop_id, seller_sku, netsuite_item_id, tiktok_product_id, "
                    + "tiktok_sku_id, listing_status) values (?, ?, ?, ?, ?, 'LIVE')", mappings);
            jdbc.batchUpdate("insert into item_pricing (item_id, prices_include_tax, cells, last_modified) "
                    + "values (?, false, ?, ?)", matrixRows);
            jdbc.batchUpdate("insert into sku_price (shop_id, seller_sku, netsuite_item_id, currency, price, steps, "
                    + "source, source_modified, effective_from, pushed_price, pushed_at, push_due) values "
                    + "(?, ?, ?, 'USD', ?, 'seeded in sync', 'NetSuite pricing matrix', ?, ?, ?, now(), false)", priceRows);
        }
        jdbc.execute("analyze catalog_sku_mapping");
        jdbc.execute("analyze item_pricing");
        jdbc.execute("analyze sku_price");
        return products;
    }

    private static PricingChange.PriceMatrix matrix(int item, BigDecimal price) {
        return new PricingChange.PriceMatrix(Integer.toString(item), false, List.of(new PricingChange.Cell(BASE_PRICE,
                USD, BigDecimal.ZERO, price)));
    }

    private static BigDecimal oldPrice(int s) {
        return BigDecimal.valueOf(1_000 + (s * 37L) % 9_000, 2);
    }

    private static BigDecimal newPrice(int s) {
        return oldPrice(s).add(BigDecimal.ONE);
    }

    /** What the simulator's latency model charges for reading {@code items} in searches of 1,000. */
    private static double modelledSearchSeconds(int items) {
        LatencyModel model = LatencyModel.defaults().scaled(SCALE);
        int pages = (items + 999) / 1000;
        double seconds = model.of("search", Math.min(items, 1000)).toMillis() / 1000.0;
        for (int page = 1; page < pages; page++) {
            seconds += model.of("searchMoreWithId", Math.min(1000, items - page * 1000)).toMillis() / 1000.0;
        }
        return seconds;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ConfigurableApplicationContext start(RunningSimulator tiktok, NetSuiteSimulator netsuite) {
        List<String> args = new ArrayList<>(List.of("--hub.pricing.currencies[" + USD + "]=USD",
                "--hub.pricing.shops[0].shop-id=" + SHOP, "--hub.pricing.shops[0].price-level=" + BASE_PRICE,
                "--hub.pricing.shops[0].source-currency=" + USD, "--hub.pricing.shops[0].currency=USD",
                "--hub.pricing.shops[0].tax-display=PRE_TAX", "--hub.pricing.shops[0].default-tax-rate=0",
                "--hub.pricing.shops[0].max-price=7600", "--hub.pricing.poll-enabled=false",
                "--hub.pricing.push-interval=20ms", "--hub.pricing.watermark-overlap=0s",
                "--hub.tiktok.default-qps=" + QPS,
                "--hub.netsuite.concurrency-share=4", "--hub.netsuite.search-page-size=1000",
                "--logging.level.root=WARN"));
        tiktok.hubProperties("bench_pricing_tokens.shop_token").forEach((key, value) -> args.add("--" + key + "=" + value));
        netsuite.hubProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        return EmbeddedHubApplication.start(PricingSyncApplication.class, "bench_pricing", args.toArray(String[]::new));
    }
}
