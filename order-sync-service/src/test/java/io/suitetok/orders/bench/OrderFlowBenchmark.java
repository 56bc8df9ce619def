package io.suitetok.orders.bench;

import io.suitetok.orders.OrderSyncApplication;
import io.suitetok.orders.ingest.OrderPoller;
import io.suitetok.orders.netsuite.SalesOrderFlusher;
import io.suitetok.model.catalog.ListingStatus;
import io.suitetok.model.catalog.SkuMapping;
import io.suitetok.model.event.EventCodec;
import io.suitetok.model.id.NetSuiteInternalId;
import io.suitetok.model.id.SellerSku;
import io.suitetok.model.id.ShopId;
import io.suitetok.model.topic.HubTopic;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.latency.LatencyModel;
import io.suitetok.sandbox.netsuite.seed.SeedRequest;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.testkit.BenchmarkRun;
import io.suitetok.testkit.EmbeddedHubApplication;
import io.suitetok.tiktok.spring.TikTokShops;
import io.suitetok.tiktok.webhook.WebhookSignatureVerifier;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Orders through both simulators with NetSuite's latency model: Sales Orders per second with batched
 * upserts and with one order per call, against the governance ceiling (share × batch ÷ modelled call
 * time), and webhook answer times at a steady 500 webhooks per second. Prints figures; asserts nothing.
 *
 * <p>{@code -Dbench.orders=400 -Dbench.share=4 -Dbench.latencyScale=0.2 -Dbench.webhookSeconds=4
 * -Dbench.webhookRate=500 -Dbench.salesOrders=true -Dbench.api=soap}
 *
 * <p>{@code -Dbench.api=rest} runs the same orders through the SuiteTalk REST adapter: no list operations,
 * so a "batch" of 50 is 50 record PUTs side by side within the share plus one SuiteQL for their SO numbers,
 * and its ceiling is share ÷ one record write's modelled time.
 */
public final class OrderFlowBenchmark {

    private static final String SHOP = "7495000000000000001";
    private static final int ORDERS = Integer.getInteger("bench.orders", 400);
    private static final int SHARE = Integer.getInteger("bench.share", 4);
    private static final double SCALE = Double.parseDouble(System.getProperty("bench.latencyScale", "0.2"));
    private static final int WEBHOOK_SECONDS = Integer.getInteger("bench.webhookSeconds", 4);
    private static final int WEBHOOK_RATE = Integer.getInteger("bench.webhookRate", 500);
    private static final String API = System.getProperty("bench.api", "soap");
    private static final boolean ORDERS_STAGE = Boolean.parseBoolean(System.getProperty("bench.salesOrders", "true"));

    private OrderFlowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkRun.exitAfter(OrderFlowBenchmark::run);
    }

    private static void run() throws Exception {
        LatencyModel latency = LatencyModel.defaults().scaled(SCALE);
        try (RunningSimulator tiktok = TikTokShopSimulator.start(io.suitetok.sandbox.tiktok.SimulatorSettings.forTests()
                .withQps(100_000, java.util.Map.of()));
                NetSuiteSimulator netsuite = NetSuiteSimulator.start(io.suitetok.sandbox.netsuite.SimulatorSettings
                        .forTests().withLatency(latency).withConcurrencyLimit(SHARE * 2))) {
            seed(netsuite);
            if (!ORDERS_STAGE) {
                webhookAnswerTimes(tiktok, netsuite);
                return;
            }
            double batched = salesOrdersPerSecond(tiktok, netsuite, 50, "bench_batched");
            double single = salesOrdersPerSecond(tiktok, netsuite, 1, "bench_single");
            boolean rest = API.equals("rest");
            // Slot-seconds per batch: REST holds one slot per record, plus one SuiteQL for the batch's SO numbers.
            double batchCall = rest ? (50 * latency.of("rest.record.put", 1).toMillis()
                    + latency.of("rest.suiteql", 1).toMillis()) / 1000.0
                    : (latency.of("upsertList", 50).toMillis() + latency.of("getList", 50).toMillis()) / 1000.0;
            double singleCall = rest ? (latency.of("rest.record.put", 1).toMillis()
                    + latency.of("rest.suiteql", 1).toMillis()) / 1000.0
                    : (latency.of("upsertList", 1).toMillis() + latency.of("getList", 1).toMillis()) / 1000.0;
            System.out.printf(Locale.ROOT, "%nNetSuite %s, latency model x%.2f, concurrency share %d, %d orders%n",
                    rest ? "SuiteTalk REST" : "SOAP", SCALE, SHARE, ORDERS);
            System.out.printf(Locale.ROOT, "batched (50/call):  %7.1f Sales Orders/s, ceiling %7.1f (%d x 50 / %.2f s)%n",
                    batched, SHARE * 50 / batchCall, SHARE, batchCall);
            System.out.printf(Locale.ROOT, "one per call:       %7.1f Sales Orders/s, ceiling %7.1f (%d x 1 / %.2f s)%n",
                    single, SHARE / singleCall, SHARE, singleCall);
            webhookAnswerTimes(tiktok, netsuite);
        }
    }

    private static double salesOrdersPerSecond(RunningSimulator tiktok, NetSuiteSimulator netsuite, int batch,
            String isolation) throws Exception {
        try (ConfigurableApplicationContext service = start(tiktok, netsuite, isolation, "--hub.orders.batch-size=" + batch)) {
            service.getBean(SkuMappingReplica.class).save(new SkuMapping(new ShopId(SHOP), new SellerSku("MUG-WHT-11"),
                    new NetSuiteInternalId("3001"), null, null, ListingStatus.LIVE));
            for (int i = 0; i < ORDERS; i++) {
                tiktok.control().placeOrder(new OrderRequest(SHOP, List.of(OrderRequest.Item.of("MUG-WHT-11", 1)), null,
                        true, false, "TIKTOK", null, null, null, null, null, null, true, null));
            }
            service.getBean(OrderPoller.class).pollOnce(service.getBean(TikTokShops.class).context(SHOP));
            SalesOrderFlusher flusher = service.getBean(SalesOrderFlusher.class);
            ExecutorService workers = Executors.newFixedThreadPool(SHARE);
            long started = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (int w = 0; w < SHARE; w++) {
                done.add(workers.submit(() -> {
                    int written = 0;
                    for (int n = flusher.flushOnce(); n > 0; n = flusher.flushOnce()) {
                        written += n;
                    }
                    return written;
                }));
            }
            int written = 0;
            for (Future<Integer> worker : done) {
                written += worker.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            workers.shutdown();
            return written / seconds;
        }
    }

    private static void webhookAnswerTimes(RunningSimulator tiktok, NetSuiteSimulator netsuite) throws Exception {
        try (ConfigurableApplicationContext service = start(tiktok, netsuite, "bench_webhooks",
                "--hub.orders.batch-size=50")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            // Measure the ingress alone: the consumers would otherwise compete for the same two cores.
            service.getBean(org.springframework.kafka.config.KafkaListenerEndpointRegistry.class).stop();
            WebhookSignatureVerifier signer = new WebhookSignatureVerifier(tiktok.clientConfig().appKey(),
                    tiktok.clientConfig().appSecret());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(64)).build();
            URI target = URI.create("http://127.0.0.1:" + port + "/webhooks/tiktok");
            // A warm-up second at the same rate, not measured: the JIT and the connection pools settle first.
            sendWebhooks(http, target, signer, WEBHOOK_RATE, "warm");
            MeterRegistry meters = service.getBean(MeterRegistry.class);
            double serverCountBefore = serverTimer(meters).count();
            double serverTotalBefore = serverTimer(meters).totalTime(TimeUnit.MILLISECONDS);
            List<Long> sorted = sendWebhooks(http, target, signer, WEBHOOK_RATE * WEBHOOK_SECONDS, "bench");
            Timer server = serverTimer(meters);
            double serverMean = (server.totalTime(TimeUnit.MILLISECONDS) - serverTotalBefore)
                    / (server.count() - serverCountBefore);
            System.out.printf(Locale.ROOT, "webhooks at %d/s for %d s: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d answered); "
                    + "inside the service: mean %.1f ms%n", WEBHOOK_RATE, WEBHOOK_SECONDS,
                    sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) (sorted.size() * 0.99)) / 1000.0,
                    sorted.get(sorted.size() - 1) / 1000.0, sorted.size(), serverMean);
            List<Long> kafkaOnly = publishStraightToKafka(service, WEBHOOK_RATE * WEBHOOK_SECONDS);
            System.out.printf(Locale.ROOT, "the same rate straight to Kafka (no HTTP): p50 %.1f ms, p99 %.1f ms%n",
                    kafkaOnly.get(kafkaOnly.size() / 2) / 1000.0,
                    kafkaOnly.get((int) (kafkaOnly.size() * 0.99)) / 1000.0);
        }
    }

    /** Separates the broker from the web tier: acknowledgement times of the same events, published directly. */
    private static List<Long> publishStraightToKafka(ConfigurableApplicationContext service, int total) {
        EventPublisher publisher = service.getBean(EventPublisher.class);
        EventCodec codec = service.getBean(EventCodec.class);
        ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> sends = new ArrayList<>();
        long gapNanos = 1_000_000_000L / WEBHOOK_RATE;
        long started = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long wait = started + i * gapNanos - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            String orderId = "5764690001" + (100000 + i);
            long sent = System.nanoTime();
            sends.add(publisher.publish(HubTopic.TIKTOK_ORDER_NOTIFICATIONS, codec.envelope(BenchEvent.Probe,
                    "bench", orderId, orderId, new ShopId(SHOP), java.util.Map.of("order_id", orderId)))
                    .thenAccept(result -> latenciesMicros.add((System.nanoTime() - sent) / 1000)));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        return sorted;
    }

    private enum BenchEvent implements io.suitetok.model.event.EventType {
        Probe;

        @Override
        public int schemaVersion() {
            return 1;
        }
    }

    private static Timer serverTimer(MeterRegistry meters) {
        return meters.get("http.server.requests").tag("uri", "/webhooks/tiktok").timer();
    }

    /** Sends {@code total} signed webhooks at {@code WEBHOOK_RATE} per second; returns answer times in µs, sorted. */
    private static List<Long> sendWebhooks(HttpClient http, URI target, WebhookSignatureVerifier signer, int total,
            String run) {
        ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        long gapNanos = 1_000_000_000L / WEBHOOK_RATE;
        long started = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = started + i * gapNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait); // not a spin: the load must not eat a core
            }
            byte[] body = ("{\"type\":1,\"tts_notification_id\":\"" + run + "-" + i + "\",\"shop_id\":\"" + SHOP
                    + "\",\"timestamp\":1764150000,\"data\":{\"order_id\":\"5764690000" + (100000 + i)
                    + "\",\"order_status\":\"AWAITING_SHIPMENT\",\"update_time\":1764150000}}")
                    .getBytes(StandardCharsets.UTF_8);
            long sent = System.nanoTime();
            calls.add(http.sendAsync(HttpRequest.newBuilder(target).header("Authorization", signer.signatureOf(body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
                    .thenAccept(response -> latenciesMicros.add((System.nanoTime() - sent) / 1000)));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        return sorted;
    }

    private static ConfigurableApplicationContext start(RunningSimulator tiktok, NetSuiteSimulator netsuite,
            String isolation, String extra) {
        List<String> args = new ArrayList<>(List.of("--hub.orders.poll-enabled=false", "--hub.orders.flush-enabled=false",
                "--hub.orders.shops[0].shop-id=" + SHOP, "--hub.orders.shops[0].subsidiary=10",
                "--hub.orders.shops[0].currency=1", "--hub.orders.shops[0].default-customer=501",
                "--hub.orders.shops[0].default-location=101", "--hub.netsuite.concurrency-share=" + SHARE,
                "--logging.level.root=WARN"));
        tiktok.hubProperties(isolation + "_tokens.shop_token").forEach((key, value) -> args.add("--" + key + "=" + value));
        (API.equals("rest") ? netsuite.restHubProperties() : netsuite.hubProperties())
                .forEach((key, value) -> args.add("--" + key + "=" + value));
        args.add(extra);
        return EmbeddedHubApplication.start(OrderSyncApplication.class, isolation, args.toArray(String[]::new));
    }

    private static void seed(NetSuiteSimulator netsuite) {
        netsuite.account().seed(new SeedRequest(List.of(new SeedRequest.Currency("1", "USD")),
                List.of(new SeedRequest.Subsidiary("10", "Acme US", "1")),
                List.of(new SeedRequest.Location("101", "Chicago DC", "10")), List.of(),
                List.of(new SeedRequest.Customer("501", "TTS-DEFAULT-US", "TikTok Shop US buyers", null, null, null,
                        "10", "1", null)),
                List.of(new SeedRequest.Item("3001", null, "MUG-WHT-11", "Mug", null, null, null, null, false, List.of(),
                        List.of(), List.of(new SeedRequest.Stock("101", new BigDecimal("100000"), BigDecimal.ZERO)))),
                List.of()));
    }
}
