package io.suitetok.orders.netsuite;

import static io.suitetok.orders.netsuite.OrderSyncFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.suitetok.model.event.EventCodec;
import io.suitetok.netsuite.gateway.NetSuiteGateway;
import io.suitetok.orders.OrderSyncApplication;
import io.suitetok.orders.store.OrderSnapshotStore;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.orders.webhook.SignedWebhooks;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.metrics.PrometheusScrape;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.spring.TikTokShops;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 17: what ops see of order-sync. Its management port serves every metric docs/metrics.md names for it, and
 * one order's trace runs from TikTok's webhook through Kafka and the TikTok read to the NetSuite write.
 */
@EmbeddedHubTest
@SpringBootTest(classes = {OrderSyncApplication.class, OrderTelemetryIntegrationTest.CollectedSpans.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderTelemetryIntegrationTest {

    static final String APP_KEY = "telemetry-app-key";
    static final String APP_SECRET = "telemetry-app-secret";
    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests().withCredentials(APP_KEY, APP_SECRET));
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests());

    @DynamicPropertySource
    static void simulators(DynamicPropertyRegistry registry) {
        OrderSyncFixtures.register(registry, TIKTOK, NETSUITE, "telemetry_test_tokens.shop_token");
        registry.add("hub.orders.fulfilments.enabled", () -> "false");
    }

    @BeforeAll
    static void seed() {
        OrderSyncFixtures.seedNetSuite(NETSUITE);
    }

    @AfterAll
    static void stop() {
        TIKTOK.close();
        NETSUITE.close();
    }

    /** Every finished span, as an exporter would receive it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CollectedSpans {

        @Bean
        InMemorySpanExporter finishedSpans() {
            return InMemorySpanExporter.create();
        }

        @Bean
        SpanProcessor collectFinishedSpans(InMemorySpanExporter finishedSpans) {
            return SimpleSpanProcessor.create(finishedSpans);
        }
    }

    @LocalServerPort
    int serverPort;
    @Value("${local.management.port}")
    int managementPort;
    @Autowired
    InMemorySpanExporter finishedSpans;
    @Autowired
    SalesOrderFlusher flusher;
    @Autowired
    OrderSnapshotStore snapshots;
    @Autowired
    OrderStateStore states;
    @Autowired
    SkuMappingReplica skuMappings;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventCodec codec;
    @Autowired
    TikTokShopClient tiktok;
    @Autowired
    TikTokShops shops;
    @Autowired
    NetSuiteGateway netsuite;

    @Test
    void theManagementPortServesEveryMetricTheCatalogueNamesForOrderSync() throws Exception {
        // The series that only an answer creates: a webhook answered, a TikTok error code, a NetSuite fault.
        new SignedWebhooks(serverPort, APP_KEY, "not-the-app-secret").post("{\"type\":1}");
        TIKTOK.control().failNext("authorized_shops", 1, 503);
        tiktok.shops().authorizedShops(shops.context(US_SHOP));
        NETSUITE.faults().inject(FaultRule.once("*", FaultKind.UNEXPECTED_ERROR));
        netsuite.serverTime();

        PrometheusScrape.assertHoldsTheCatalogue("order-sync-service", managementPort);
    }

    @Test
    void oneTraceRunsFromTheWebhookThroughKafkaAndTikTokToTheSalesOrderWrite() throws Exception {
        OrderSyncFixtures.mapAndAwait(publisher, codec, skuMappings, US_SHOP, "MUG-WHT-11", "3001");
        PlacedOrder placed = TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, OrderRequest.Item.of("MUG-WHT-11", 1)));
        finishedSpans.reset();

        long now = System.currentTimeMillis() / 1000;
        assertThat(new SignedWebhooks(serverPort, APP_KEY, APP_SECRET)
                .post(SignedWebhooks.orderStatus(US_SHOP, placed.orderId(), "AWAITING_SHIPMENT", now)).statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> snapshots.find(US_SHOP, placed.orderId()).isPresent());
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            flusher.flushOnce();
            return states.find(US_SHOP, placed.orderId()).map(state -> state.netsuiteId()).isPresent();
        });

        List<SpanData> spans = finishedSpans.getFinishedSpanItems();
        SpanData webhook = spans.stream().filter(span -> span.getKind() == SpanKind.SERVER)
                .filter(span -> span.getName().contains("/webhooks/tiktok")).findFirst()
                .orElseThrow(() -> new AssertionError("no webhook server span in " + names(spans)));
        List<SpanData> trace = spans.stream().filter(span -> span.getTraceId().equals(webhook.getTraceId())).toList();
        assertThat(trace).as("spans of the webhook's trace: %s", names(trace))
                .anySatisfy(span -> assertThat(span.getKind()).isEqualTo(SpanKind.PRODUCER))
                .anySatisfy(span -> assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER))
                .anySatisfy(span -> assertThat(span.getName()).isEqualTo("tiktok order_detail"))
                .anySatisfy(span -> assertThat(span.getName()).isEqualTo("netsuite upsertList"));
    }

    private static List<String> names(List<SpanData> spans) {
        return spans.stream().map(span -> span.getKind() + " " + span.getName() + " " + span.getTraceId()).toList();
    }
}
