package io.suitetok.inventory.it;

import static io.suitetok.inventory.it.InventoryFixtures.EAST;
import static io.suitetok.inventory.it.InventoryFixtures.US_SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.suitetok.inventory.InventorySyncApplication;
import io.suitetok.inventory.netsuite.MovementSignature;
import io.suitetok.inventory.push.InventoryPusher;
import io.suitetok.model.event.EventCodec;
import io.suitetok.runtime.kafka.EventPublisher;
import io.suitetok.sandbox.netsuite.NetSuiteSimulator;
import io.suitetok.sandbox.netsuite.auth.TbaToken;
import io.suitetok.sandbox.netsuite.seed.StockAdjustment;
import io.suitetok.sandbox.tiktok.RunningSimulator;
import io.suitetok.sandbox.tiktok.TikTokShopSimulator;
import io.suitetok.sandbox.tiktok.control.ControlViews.ProductState;
import io.suitetok.testkit.EmbeddedHubTest;
import io.suitetok.testkit.secrets.KnownSecrets;
import io.suitetok.testkit.secrets.ServiceSurfaces;
import java.math.BigDecimal;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 13 for inventory-sync: the movement secret NetSuite's script signs with (and the TikTok and
 * NetSuite credentials) appear nowhere the service writes or shows, after signed, forged and unsigned
 * movement reports and pushes to TikTok. The wider flow is scanned in order-sync's
 * SecretsNeverLeakIntegrationTest.
 */
@EmbeddedHubTest
@ExtendWith(OutputCaptureExtension.class)
// Logging levels are read before @DynamicPropertySource values arrive, so they are set here. Debug lines are
// where a URL or a request tends to get printed.
@SpringBootTest(classes = InventorySyncApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.io.suitetok=DEBUG", "management.endpoints.web.exposure.include=health,env,configprops"})
class MovementSecretNeverLeaksIntegrationTest {

    static final String MOVEMENT_SECRET = "MOVEMENTSECRET-scan-0b3e94";
    static final String APP_SECRET = "APPSECRET-inventory-scan-c71d";
    static final TbaToken TBA = new TbaToken("inventory-scan-consumer-key", "CONSUMERSECRET-inv-scan-4f0a",
            "TOKENID-inv-scan-93be11", "TOKENSECRET-inv-scan-27cd");
    static final String TOKEN_TABLE = "movement_secret_scan_tokens.shop_token";

    static final RunningSimulator TIKTOK = TikTokShopSimulator.start(io.suitetok.sandbox.tiktok.SimulatorSettings
            .forTests().withCredentials("inventory-scan-app-key", APP_SECRET));
    static final NetSuiteSimulator NETSUITE = NetSuiteSimulator.start(
            io.suitetok.sandbox.netsuite.SimulatorSettings.forTests().withToken(TBA));

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        InventoryFixtures.register(registry, TIKTOK, NETSUITE, TOKEN_TABLE);
        registry.add("hub.inventory.movement-secret", () -> MOVEMENT_SECRET);
        registry.add("hub.inventory.poll-enabled", () -> "false");
        registry.add("hub.inventory.full-recalculation-enabled", () -> "false");
        registry.add("hub.inventory.push-enabled", () -> "false");
        registry.add("hub.inventory.movement-interval", () -> "100ms");
    }

    @BeforeAll
    static void seed() {
        InventoryFixtures.seedReferenceData(NETSUITE);
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
    InventoryPusher pusher;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventCodec codec;

    private final KnownSecrets secrets = new KnownSecrets()
            .add("movement secret", MOVEMENT_SECRET)
            .add("app secret", APP_SECRET)
            .add("NetSuite consumer secret", TBA.consumerSecret())
            .add("NetSuite token id", TBA.tokenId())
            .add("NetSuite token secret", TBA.tokenSecret());

    @Test
    void theMovementSecretReachesNoLogEventTableMetricOrActuatorPage(CapturedOutput output) throws Exception {
        assertThat(environment.getProperty("hub.inventory.movement-secret")).as("the secret this test looks for")
                .isEqualTo(MOVEMENT_SECRET);
        InventoryFixtures.seedItem(NETSUITE, "4901", "SCAN-1", Map.of("101", 12));
        ProductState product = InventoryFixtures.listOnTikTok(TIKTOK, "Scan Tee", "SCAN-1");
        InventoryFixtures.publishMapping(publisher, codec, product, "SCAN-1", "4901");
        pushUntilTikTokShows(12);

        NETSUITE.account().adjustStock(new StockAdjustment("4901", "101", BigDecimal.valueOf(7), null));
        String body = "{\"items\":[\"4901\"],\"record\":\"inventoryadjustment:91\"}";
        int signed = InventoryFixtures.postMovement(port(), body,
                new MovementSignature(MOVEMENT_SECRET).sign(body.getBytes(StandardCharsets.UTF_8))).statusCode();
        HttpResponse<String> forged = InventoryFixtures.postMovement(port(), body,
                new MovementSignature("not-" + MOVEMENT_SECRET).sign(body.getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> unsigned = InventoryFixtures.postMovement(port(), body, null);
        pushUntilTikTokShows(7);

        ServiceSurfaces.addShopTokens(secrets, dataSource, TOKEN_TABLE);
        secrets.scan("answer to a forged movement report", forged.body());
        secrets.scan("answer to an unsigned movement report", unsigned.body());
        ServiceSurfaces.Scanned scanned = ServiceSurfaces.scan(secrets, environment, meters, dataSource, getClass(),
                output.getAll());

        assertThat(signed).isEqualTo(202);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(scanned.records()).as("Kafka keys, values and headers scanned").isGreaterThan(10);
        assertThat(scanned.rows()).as("rows scanned").isPositive();
        assertThat(scanned.configprops()).contains("hub.inventory").contains("\"movementSecret\":\"******\"");
        assertThat(scanned.env()).contains("hub.inventory.movement-secret");
        assertThat(secrets.leaks()).as("places a secret was found").isEmpty();
    }

    private void pushUntilTikTokShows(int expected) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            pusher.pushOnce();
            return TIKTOK.control().sku(US_SHOP, "SCAN-1").stockIn(EAST) == expected;
        });
    }

    private int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }
}
