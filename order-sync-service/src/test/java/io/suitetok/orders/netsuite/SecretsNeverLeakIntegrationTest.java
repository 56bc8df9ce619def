package io.suitetok.orders.netsuite;

import static io.suitetok.orders.netsuite.OrderSyncFixtures.UK_SHOP;
import static io.suitetok.orders.netsuite.OrderSyncFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.netsuite.webservices.platform.core_2025_2.InitializeRecord;
import com.netsuite.webservices.platform.core_2025_2.InitializeRef;
import com.netsuite.webservices.platform.core_2025_2.RecordRef;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeRefType;
import com.netsuite.webservices.platform.core_2025_2.types.InitializeType;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillment;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackage;
import com.netsuite.webservices.transactions.sales_2025_2.ItemFulfillmentPackageList;
import com.netsuite.webservices.transactions.sales_2025_2.types.ItemFulfillmentShipStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.model.event.EventCodec;
import io.suitetok.orders.OrderSyncApplication;
import io.suitetok.orders.fulfilment.FulfilmentPoller;
import io.suitetok.orders.fulfilment.FulfilmentReporter.Outcome;
import io.suitetok.orders.ingest.OrderPoller;
import io.suitetok.orders.store.OrderStateStore;
import io.suitetok.runtime.catalog.SkuMappingReplica;
import io.suitetok.orders.webhook.SignedWebhooks;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.auth.TbaToken;
import io.suitetok.sandbox.netsuite.faults.FaultKind;
import io.suitetok.sandbox.netsuite.faults.FaultRule;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.PlacedOrder;
import io.suitetok.sandbox.tiktok.orders.OrderRequest;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.TestCallers;
import io.suitetok.testkit.secrets.KnownSecrets;
import io.suitetok.testkit.secrets.ServiceSurfaces;
import io.suitetok.tiktok.api.TikTokShopClient;
import io.suitetok.tiktok.auth.AuthClient;
import io.suitetok.tiktok.spring.TikTokShops;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 13: no secret in a log line, an exception, an event, a table, a metric or an actuator page.
 * Every secret gets a distinctive value (tokens and auth codes are minted by the simulator and read
 * back), a whole order's life runs with failures on the way (a bad-signature webhook, an expired
 * access token and its refresh, NetSuite faults and a lost answer, a deauthorized shop, a used and an
 * unreachable token exchange), and then everything the hub wrote or showed is searched for them.
 * The token table is left out: storing tokens there is its purpose (docs/adr/0004).
 */
@EmbeddedHubTest
@ExtendWith(OutputCaptureExtension.class)
// Logging levels are read before @DynamicPropertySource values arrive, so they are set here. Debug lines are
// where a URL or a request tends to get printed.
@SpringBootTest(classes = OrderSyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.io.suitetok=DEBUG", "management.endpoints.web.exposure.include=health,env,configprops"})
class SecretsNeverLeakIntegrationTest {

    static final String APP_KEY = "secret-scan-app-key";
    static final String APP_SECRET = "APPSECRET-7f3a9c1e-scan";
    static final TbaToken TBA = new TbaToken("secret-scan-consumer-key", "CONSUMERSECRET-2b7d51-scan",
            "TOKENID-9e4c0f33-scan", "TOKENSECRET-6a8b02-scan");
    static final String DB_PASSWORD = "DBPASSWORD-41c7e9-scan";
    static final String TOKEN_TABLE = "secret_scan_test_tokens.shop_token";

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(
            io.suitetok.sandbox.tiktok.SimulatorSettings.forTests().withCredentials(APP_KEY, APP_SECRET));
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests().withToken(TBA));
    /** Single-use codes, as a seller's authorization hands them over; the hub exchanges them at start-up. */
    static final String US_AUTH_CODE = TIKTOK.control().issueAuthCode(US_SHOP);
    static final String UK_AUTH_CODE = TIKTOK.control().issueAuthCode(UK_SHOP);

    static final String UPS_METHOD = "14";
    static final String UPS = "7117858858072016687";

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        OrderSyncFixtures.register(registry, TIKTOK, NETSUITE, TOKEN_TABLE);
        registry.add("hub.tiktok.shops[0].auth-code", () -> US_AUTH_CODE);
        registry.add("hub.tiktok.shops[1].auth-code", () -> UK_AUTH_CODE);
        registry.add("hub.orders.fulfilments.enabled", () -> "false");
        registry.add("hub.orders.shops[0].carriers." + UPS_METHOD, () -> UPS);
        // The embedded PostgreSQL trusts local connections, so any password connects: it is here to be looked for.
        registry.add("spring.datasource.password", () -> DB_PASSWORD);
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

    @Autowired
    Environment environment;
    @Autowired
    DataSource dataSource;
    @Autowired
    MeterRegistry meters;
    @Autowired
    OrderPoller orders;
    @Autowired
    SalesOrderFlusher flusher;
    @Autowired
    FulfilmentPoller fulfilments;
    @Autowired
    OrderStateStore states;
    @Autowired
    SkuMappingReplica skuMappings;
    @Autowired
    TikTokShops shops;
    @Autowired
    TikTokShopClient tiktok;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventCodec codec;

    private final KnownSecrets secrets = new KnownSecrets()
            .add("app secret", APP_SECRET)
            .add("NetSuite consumer secret", TBA.consumerSecret())
            .add("NetSuite token id", TBA.tokenId())
            .add("NetSuite token secret", TBA.tokenSecret())
            .add("database password", DB_PASSWORD)
            .add("US auth code", US_AUTH_CODE)
            .add("UK auth code", UK_AUTH_CODE)
            .add("ops caller's bearer token", TestCallers.OPS_TOKEN)
            .add("viewer caller's bearer token", TestCallers.VIEWER_TOKEN);

    @Test
    void noSecretReachesLogsExceptionsEventsTablesMetricsOrActuatorPages(CapturedOutput output) throws Exception {
        assertThat(environment.getProperty("spring.datasource.password")).as("the password this test looks for")
                .isEqualTo(DB_PASSWORD);
        String firstUsToken = rememberTokens().get(US_SHOP);
        OrderSyncFixtures.mapAndAwait(publisher, codec, skuMappings, US_SHOP, "TEE-BLK-M", "3002");
        PlacedOrder placed = TIKTOK.control().placeOrder(OrderRequest.of(US_SHOP, OrderRequest.Item.of("TEE-BLK-M", 2))
                .withShipping("SELLER", new BigDecimal("4.99"), null, null));

        // Webhooks signed with the app secret, one forged.
        SignedWebhooks webhooks = new SignedWebhooks(serverPort(), APP_KEY, APP_SECRET);
        long now = System.currentTimeMillis() / 1000;
        int signed = webhooks.post(SignedWebhooks.orderStatus(US_SHOP, placed.orderId(), "AWAITING_SHIPMENT", now))
                .statusCode();
        HttpResponse<String> forged = postWebhook("{\"type\":1,\"shop_id\":\"" + US_SHOP + "\"}",
                "0000000000000000000000000000000000000000000000000000000000000000");
        secrets.scan("answer to a forged webhook", forged.body());

        // TikTok says the access token expired: the hub refreshes it once and goes on.
        TIKTOK.control().expireAccessTokens(US_SHOP);
        orders.pollOnce(shops.context(US_SHOP));
        String refreshedUsToken = rememberTokens().get(US_SHOP);

        // NetSuite refuses and then loses an answer; the hub retries and settles it by external id.
        NETSUITE.faults().inject(FaultRule.once("upsertList", FaultKind.UNEXPECTED_ERROR));
        NETSUITE.faults().inject(FaultRule.once("upsertList", FaultKind.LOSE_RESPONSE_AFTER_COMMIT));
        // The webhook's listener may still be storing the snapshot the poll found: flush until it is written.
        String salesOrder = await().atMost(Duration.ofSeconds(30)).until(() -> {
            flusher.flushOnce();
            return states.find(US_SHOP, placed.orderId()).map(state -> state.netsuiteId()).orElse(null);
        }, java.util.Objects::nonNull);
        fulfil(salesOrder, "1Z999AA10000009901");
        Map<Outcome, Integer> shipped = fulfilments.pollOnce();

        // The seller withdraws the UK shop: TikTok refuses its token.
        TIKTOK.control().deauthorizeShop(UK_SHOP);
        Throwable refused = catchThrowable(() -> orders.pollOnce(shops.context(UK_SHOP)));
        secrets.scan("exception from polling a deauthorized shop", stackTrace(refused));
        // A used code and an unreachable auth host: the exchange URL carries the app secret and the code.
        Throwable usedCode = catchThrowable(() -> tiktok.auth().exchangeAuthCode(US_AUTH_CODE));
        secrets.scan("exception from exchanging a used auth code", stackTrace(usedCode));
        Throwable unreachable = catchThrowable(() -> new AuthClient(
                TIKTOK.clientConfig().withBaseUrls("http://127.0.0.1:9", "http://127.0.0.1:9"),
                new okhttp3.OkHttpClient()).exchangeAuthCode(UK_AUTH_CODE));
        secrets.scan("exception from an unreachable token endpoint", stackTrace(unreachable));

        // Callers: an ops replay (audited), a viewer refused it, a token that is no caller's.
        HttpResponse<String> replay = asCaller(TestCallers.OPS_TOKEN, "POST",
                "/orders/" + US_SHOP + "/" + placed.orderId() + "/replay");
        assertThat(replay.statusCode()).isEqualTo(202);
        secrets.scan("answer to a viewer's replay", asCaller(TestCallers.VIEWER_TOKEN, "POST",
                "/orders/" + US_SHOP + "/" + placed.orderId() + "/replay").body());
        secrets.scan("answer to an unknown token", asCaller(TestCallers.OPS_TOKEN + "x", "GET", "/orders/parked").body());
        secrets.scan("the audit trail", asCaller(TestCallers.VIEWER_TOKEN, "GET", "/audit").body());

        ServiceSurfaces.Scanned scanned = ServiceSurfaces.scan(secrets, environment, meters, dataSource, getClass(),
                output.getAll());

        // The flow really ran through the paths that handle secrets (or this test would prove nothing).
        assertThat(signed).isEqualTo(200);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(refreshedUsToken).as("the refresh minted a new pair").isNotEqualTo(firstUsToken);
        assertThat(NETSUITE.faults().fired()).isGreaterThanOrEqualTo(2);
        assertThat(shipped).containsEntry(Outcome.SHIPPED, 1);
        assertThat(usedCode).isNotNull();
        assertThat(unreachable).isNotNull();
        assertThat(scanned.records()).as("Kafka keys, values and headers scanned").isGreaterThan(10);
        assertThat(scanned.rows()).as("rows scanned").isGreaterThan(5);
        assertThat(output.getAll()).contains("bad signature");
        assertThat(scanned.configprops()).contains("hub.tiktok").contains("\"appSecret\":\"******\"");
        assertThat(scanned.env()).contains("hub.tiktok.app-secret").contains("******");

        assertThat(secrets.leaks()).as("places a secret was found").isEmpty();
    }

    /** Token pairs are minted by the simulator; the hub's token table is the one place they may be. */
    private Map<String, String> rememberTokens() {
        Map<String, String> accessTokens = new java.util.HashMap<>();
        new JdbcTemplate(dataSource).query("select shop_id, access_token, refresh_token from " + TOKEN_TABLE,
                (java.sql.ResultSet row) -> {
                    secrets.add("access token of " + row.getString(1), row.getString(2));
                    secrets.add("refresh token of " + row.getString(1), row.getString(3));
                    accessTokens.put(row.getString(1), row.getString(2));
                });
        return accessTokens;
    }

    private int serverPort() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    private HttpResponse<String> asCaller(String token, String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postWebhook(String body, String signature) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + serverPort() + "/webhooks/tiktok"))
                .header("Authorization", signature).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String stackTrace(Throwable failure) {
        if (failure == null) {
            return "";
        }
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** A clerk ships every line of the Sales Order with UPS. */
    private static void fulfil(String salesOrder, String tracking) {
        InitializeRecord initialize = new InitializeRecord();
        initialize.setType(InitializeType.ITEM_FULFILLMENT);
        InitializeRef reference = new InitializeRef();
        reference.setType(InitializeRefType.SALES_ORDER);
        reference.setInternalId(salesOrder);
        initialize.setReference(reference);
        ItemFulfillment fulfilment = (ItemFulfillment) NETSUITE.account().initialize(initialize).getRecord();
        fulfilment.getItemList().getItem().forEach(line -> line.setItemReceive(true));
        fulfilment.setShipStatus(ItemFulfillmentShipStatus.SHIPPED);
        ItemFulfillmentPackage parcel = new ItemFulfillmentPackage();
        parcel.setPackageTrackingNumber(tracking);
        ItemFulfillmentPackageList packages = new ItemFulfillmentPackageList();
        packages.getPackage().add(parcel);
        fulfilment.setPackageList(packages);
        RecordRef method = new RecordRef();
        method.setInternalId(UPS_METHOD);
        fulfilment.setShipMethod(method);
        assertThat(NETSUITE.account().add(fulfilment).getStatus().isIsSuccess()).as("fulfilment written").isTrue();
    }
}
