package io.suitetok.localstack;

import com.netsuite.webservices.transactions.sales_2025_2.SalesOrder;
import io.suitetok.localstack.load.Replay;
import io.suitetok.localstack.load.ReplayResult;
import io.suitetok.sandbox.netsuite.latency.LatencyModel;
import io.suitetok.sandbox.tiktok.control.SimulatorControl;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.sandbox.tiktok.webhooks.DeliveryPolicy;
import io.suitetok.sandbox.tiktok.webhooks.WebhookDelivery;
import io.suitetok.sandbox.tiktok.webhooks.WebhookTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A TikTok LIVE flash sale against order-sync-service in its own process, measured from another process
 * (issue 18): {@code orders} orders exist on TikTok, their webhooks arrive at {@code rate} a second from
 * {@link io.suitetok.localstack.load.WebhookReplay} in a JVM of its own, and NetSuite answers with its
 * sandbox-like latency (× 1.0). Measured: the time until every order is a Sales Order in NetSuite against the
 * time the governance ceiling allows, and then the webhook answer times at steady rates on one replica.
 *
 * <p>The webhooks are TikTok's own: the simulator signs and records each notification while no address is
 * subscribed, and the generator replays those bytes. The order poll is set to an hour so that the webhooks
 * alone carry the orders.
 */
final class LiveBurst implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveBurst.class);
    private static final Pattern ORDER_ID = Pattern.compile("\"order_id\"\\s*:\\s*\"([^\"]+)\"");
    /** Goals of issue 18, item 3. */
    static final double TIME_GOAL = 1.1;
    static final double THROUGHPUT_GOAL = 0.9;
    static final double P99_GOAL_MS = 50;
    /** Ordinary trading before the LIVE: a few orders a second. */
    static final int WARM_UP_RATE = 20;

    /**
     * @param warmUpOrders orders of ordinary trading sent at {@link #WARM_UP_RATE} a second, and written to NetSuite,
     *                     before the burst and outside its figures: a LIVE goes on in a shop that is already selling,
     *                     so its service has run every step of the flow before (0: the burst meets a cold service)
     */
    record Options(int orders, int rate, int items, long seed, List<Integer> steadyRates, int steadySeconds,
            int warmUpOrders) {

        static Options parse(String... args) {
            Options options = new Options(10_000, 200, 200, 7, List.of(500, 2_000), 10, 100);
            for (int i = 0; i + 1 < args.length; i += 2) {
                int value = Integer.parseInt(args[i + 1]);
                options = switch (args[i]) {
                    case "--orders" -> new Options(value, options.rate, options.items, options.seed,
                            options.steadyRates, options.steadySeconds, options.warmUpOrders);
                    case "--rate" -> new Options(options.orders, value, options.items, options.seed,
                            options.steadyRates, options.steadySeconds, options.warmUpOrders);
                    case "--seed" -> new Options(options.orders, options.rate, options.items, value,
                            options.steadyRates, options.steadySeconds, options.warmUpOrders);
                    case "--steady-seconds" -> new Options(options.orders, options.rate, options.items,
                            options.seed, options.steadyRates, value, options.warmUpOrders);
                    case "--warm-up" -> new Options(options.orders, options.rate, options.items,
                            options.seed, options.steadyRates, options.steadySeconds, value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; usage: --orders N --rate R --seed S --steady-seconds T --warm-up N");
                };
            }
            return options;
        }
    }

    private final Options options;
    private final StackOptions stack;
    private Simulators simulators;
    private final List<ServiceProcess> processes = new ArrayList<>();

    LiveBurst(Options options) {
        this.options = options;
        this.stack = new StackOptions(options.items, 1, options.seed, true, false, 1.0, true, null, "soap");
    }

    String run() {
        simulators = Simulators.start(stack);
        // One copy of each notification, at once (the catalogue's product events are still retried, as TikTok
        // retries them); order events have no address, so the generator, not the simulator, delivers them.
        simulators.tiktok.control().setDeliveryPolicy(new DeliveryPolicy(Duration.ofSeconds(3), List.of(
                Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(20)), 0, 1, Duration.ZERO,
                Duration.ZERO, true, options.seed));
        Infrastructure infrastructure = Infrastructure.start();
        JdbcTemplate jdbc = infrastructure.jdbc();
        HubTables tables = new HubTables(jdbc);
        List<ServiceSpec> services = new HubServiceSettings(infrastructure, simulators, false, "soap").services();
        Map<String, String> orderSettings = new LinkedHashMap<>(services.get(1).settings());
        orderSettings.put("hub.orders.poll-interval", "1h");
        // The fulfilment poll at its deployed default: the trading day's 2 s squeezes a day into minutes, and here
        // it took a NetSuite slot for about half a second every 2 s (getServerTime and a search), an eighth of the
        // share the burst is measured against.
        orderSettings.remove("hub.orders.fulfilments.interval");
        // Batches side by side up to the service's whole share (4), which is what the ceiling assumes.
        orderSettings.put("hub.orders.flush-workers", orderSettings.get("hub.netsuite.concurrency-share"));
        ServiceSpec orderSpec = new ServiceSpec(services.get(1).name(), services.get(1).module(),
                services.get(1).application(), 0, 0, orderSettings);
        Path folder = Path.of(System.getProperty("localstack.output", "target")).resolve("live-burst-seed-"
                + options.seed);
        ProcessLauncher launcher = new ProcessLauncher(ProcessLauncher.repositoryRoot(), folder, false);
        ServiceProcess catalog = launcher.start(services.get(0));
        processes.add(catalog);
        ServiceProcess orders = launcher.start(orderSpec);
        processes.add(orders);

        NetSuiteEstate.Estate estate = new NetSuiteEstate(simulators.images, options.seed).build(options.items);
        simulators.netsuite.account().seed(estate.seed());
        PriceChanges.seedRateOfTheDay(simulators.netsuite.account());
        SimulatorControl tiktok = simulators.tiktok.control();
        for (String shop : TradingDay.SHOPS) {
            for (String event : List.of("PRODUCT_STATUS_CHANGE", "PRODUCT_INFORMATION_CHANGE", "PRODUCT_CREATION")) {
                tiktok.subscribeWebhook(shop, event, catalog.apiUrl() + "/webhooks/tiktok/products");
            }
        }
        log.info("catalogue published: {}", new OpsClient(LocalCallers.OPS_TOKEN).post(catalog.apiUrl()
                + "/catalog/publish").path("outcomes"));
        await(() -> "the catalogue live and known to order-sync: " + tables.listingsByStatus() + " listings, "
                + tables.liveSkuMappings() + " live SKUs, " + knownToOrderSync(jdbc) + " of them known to order-sync",
                Duration.ofMinutes(3), () -> tables.listingsAwaitingAudit() == 0 && tables.liveSkuMappings() > 0
                        && knownToOrderSync(jdbc) >= tables.liveSkuMappings());

        Path warmUp = folder.resolve("warm-up-webhooks.tsv");
        Path notifications = folder.resolve("order-webhooks.tsv");
        placeOrders(jdbc, tiktok, warmUp, notifications);
        String webhooks = orders.apiUrl() + "/webhooks/tiktok";
        Baseline before = warmUp(webhooks, warmUp, folder, jdbc, tables);

        LatencyModel latency = LatencyModel.defaults().scaled(stack.netsuiteLatency());
        int share = Integer.parseInt(orderSettings.get("hub.netsuite.concurrency-share"));
        int batch = 50;
        double batchSeconds = (latency.of("upsertList", batch).toMillis() + latency.of("getList", batch).toMillis())
                / 1000.0;
        double ceilingPerSecond = share * batch / batchSeconds;
        double ceilingSeconds = Math.max(options.orders / ceilingPerSecond, (double) options.orders / options.rate);

        Replay burst = Replay.start(folder, webhooks, notifications, options.rate, options.orders, 0);
        Watched watched = watch(jdbc, tables, before, System.currentTimeMillis() + (long) (ceilingSeconds * 3_000)
                + 60_000);
        ReplayResult burstResult = burst.await();
        double took = (watched.allWritten - burstResult.firstSentMillis()) / 1000.0;
        // To the last Sales Order, not to the give-up time: a run that lost a webhook still shows its write rate.
        double perSecond = watched.written / Math.max(0.001, (watched.last - watched.first) / 1000.0);
        double afterAllRead = watched.allReadAt == 0 ? 0 : (watched.written - watched.writtenWhenAllRead)
                / Math.max(0.001, (watched.last - watched.allReadAt) / 1000.0);

        List<ReplayResult> steady = new ArrayList<>();
        for (int rate : options.steadyRates) {
            steady.add(Replay.start(folder, webhooks, notifications, rate, rate * options.steadySeconds,
                    rate * 2).await());
        }
        return LiveBurstReport.of(options, new LiveBurstReport.Burst(watched.written,
                tables.parkedOrders().size() - before.parked, took, ceilingSeconds, perSecond, afterAllRead,
                ceilingPerSecond, share, batch, batchSeconds, burstResult), steady, processes);
    }

    /**
     * What the wait for the burst's Sales Orders saw (epoch millis): the first and last Sales Order, when every order
     * had been read from TikTok and how many were Sales Orders by then (0 when that never happened).
     */
    private record Watched(int written, long first, long last, long allWritten, long allReadAt,
            int writtenWhenAllRead) {
    }

    /** Waits until every burst order is a Sales Order or parked, or the deadline passes; logs progress every 2 s. */
    private Watched watch(JdbcTemplate jdbc, HubTables tables, Baseline before, long deadline) {
        int written = 0;
        long first = 0;
        long last = 0;
        long allReadAt = 0;
        int writtenWhenAllRead = 0;
        long started = System.currentTimeMillis();
        long nextProgress = started;
        while (System.currentTimeMillis() < deadline) {
            int nowWritten = salesOrders() - before.salesOrders;
            long now = System.currentTimeMillis();
            if (nowWritten > written) {
                last = now;
            }
            written = nowWritten;
            if (written > 0 && first == 0) {
                first = now;
            }
            if (allReadAt == 0 && snapshots(jdbc, "true") - before.read >= options.orders) {
                allReadAt = now;
                writtenWhenAllRead = written;
            }
            if (written + tables.parkedOrders().size() - before.parked >= options.orders) {
                break;
            }
            if (now >= nextProgress) {
                // Where the orders are, every 2 s: a stage that falls behind shows as the one where they pile up.
                // Counted from the generator's start: its JVM sends the first webhook about a second later.
                nextProgress += 2_000;
                log.info("burst +{} s: {} orders read from TikTok, {} waiting for NetSuite, {} Sales Orders",
                        (now - started) / 1000, snapshots(jdbc, "true") - before.read,
                        snapshots(jdbc, "needs_write"), written);
            }
            pause(200);
        }
        return new Watched(written, first, last, System.currentTimeMillis(), allReadAt, writtenWhenAllRead);
    }

    /** Where the flow stood when the burst began: the warm-up's orders are not the burst's. */
    private record Baseline(int salesOrders, int parked, long read) {
    }

    /** Ordinary trading before the LIVE: the warm-up's webhooks at a few a second, until each is in NetSuite. */
    private Baseline warmUp(String webhooks, Path file, Path folder, JdbcTemplate jdbc, HubTables tables) {
        if (options.warmUpOrders > 0) {
            long started = System.nanoTime();
            ReplayResult sent = Replay.start(folder, webhooks, file, WARM_UP_RATE, options.warmUpOrders, 0).await();
            await(() -> "the warm-up's orders in NetSuite: " + salesOrders() + " Sales Orders, "
                    + tables.parkedOrders().size() + " parked, of " + options.warmUpOrders, Duration.ofMinutes(2),
                    () -> salesOrders() + tables.parkedOrders().size() >= options.warmUpOrders);
            log.info("warm-up: {} orders of ordinary trading at {}/s ({} of them answered 200), all in NetSuite after"
                    + " {} s; the burst starts now", options.warmUpOrders, WARM_UP_RATE, sent.ok(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
        return new Baseline(salesOrders(), tables.parkedOrders().size(), snapshots(jdbc, "true"));
    }

    private int salesOrders() {
        return simulators.netsuite.account().records(SalesOrder.class).size();
    }

    /** order-sync's order snapshots matching {@code condition}. */
    private static long snapshots(JdbcTemplate jdbc, String condition) {
        Long rows = jdbc.queryForObject("select count(*) from order_sync.order_snapshot where " + condition, Long.class);
        return rows == null ? 0 : rows;
    }

    private int knownToOrderSync(JdbcTemplate jdbc) {
        Integer known = jdbc.queryForObject("select count(*) from order_sync.catalog_sku_mapping o join "
                + "catalog_sync.sku_mapping c on c.shop_id = o.shop_id and c.seller_sku = o.seller_sku "
                + "where c.status = 'LIVE'", Integer.class);
        return known == null ? 0 : known;
    }

    /**
     * Places the warm-up's and the burst's orders on TikTok (paid, one to three live SKUs each, both shops) and
     * writes each order's newest status notification, as TikTok signed it, one webhook per order: the first
     * {@code warmUpOrders} to {@code warmUpFile}, the burst's to {@code file}.
     */
    private void placeOrders(JdbcTemplate jdbc, SimulatorControl tiktok, Path warmUpFile, Path file) {
        List<Map.Entry<String, String>> live = jdbc.query("select shop_id, seller_sku from catalog_sync.sku_mapping "
                + "where status = 'LIVE' order by shop_id, seller_sku", (rs, i) -> Map.entry(rs.getString(1),
                rs.getString(2)));
        Random random = new Random(options.seed);
        int total = options.warmUpOrders + options.orders;
        for (int i = 0; i < total; i++) {
            String shop = TradingDay.SHOPS.get(i % TradingDay.SHOPS.size());
            List<String> skus = live.stream().filter(entry -> entry.getKey().equals(shop)).map(Map.Entry::getValue)
                    .toList();
            List<OrderRequest.Item> items = new ArrayList<>();
            int lines = 1 + random.nextInt(3);
            for (int line = 0; line < lines; line++) {
                items.add(OrderRequest.Item.of(skus.get(random.nextInt(skus.size())), 1));
            }
            // Oversell allowed: this measures the order flow, not TikTok's stock (no inventory-sync is running).
            tiktok.placeOrder(new OrderRequest(shop, items, null, true, false, "TIKTOK", null, null, null, null, null,
                    null, true, null));
        }
        Map<String, WebhookDelivery.View> newest = new LinkedHashMap<>();
        for (WebhookDelivery.View view : tiktok.webhooks()) {
            Matcher order = ORDER_ID.matcher(view.body());
            if (view.type() == WebhookTypes.ORDER_STATUS_CHANGE && view.copy() == 1 && order.find()) {
                newest.put(order.group(1), view);
            }
        }
        if (newest.size() != total) {
            throw new IllegalStateException("TikTok recorded status notifications for " + newest.size() + " of "
                    + total + " orders");
        }
        List<String> lines = newest.values().stream().map(view -> view.signature() + '\t' + view.body()).toList();
        try {
            Files.createDirectories(file.getParent());
            Files.write(warmUpFile, lines.subList(0, options.warmUpOrders), StandardCharsets.UTF_8);
            Files.write(file, lines.subList(options.warmUpOrders, total), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("{} orders placed on TikTok ({} of them for the warm-up); the burst's webhooks are in {}", total,
                options.warmUpOrders, file);
    }

    private static void await(Supplier<String> what, Duration within, BooleanSupplier done) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what.get());
            }
            pause(500);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        processes.forEach(ServiceProcess::close);
        if (simulators != null) {
            simulators.close();
        }
    }
}
